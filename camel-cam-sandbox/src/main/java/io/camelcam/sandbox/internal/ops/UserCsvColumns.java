package io.camelcam.sandbox.internal.ops;

import java.util.List;

/** The user CSV columns, shared by export and import (<b>assumed</b>: the manual's reference format is not public). */
final class UserCsvColumns {

    static final String EMAIL = "email";
    static final String NAME = "name";
    static final String PASSWORD = "password";
    static final String DEPARTMENT = "department";
    static final String POSITION = "position";
    static final String PHONE = "phone";
    static final String ROLE = "role";
    static final String DELETED = "deleted";

    static final List<String> COLUMNS = List.of(EMAIL, NAME, PASSWORD, DEPARTMENT, POSITION, PHONE, ROLE, DELETED);

    private UserCsvColumns() {
    }
}
