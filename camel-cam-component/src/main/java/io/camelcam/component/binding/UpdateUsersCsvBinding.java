package io.camelcam.component.binding;

import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.WrappedFile;

import io.camelcam.client.csv.CsvUpload;
import io.camelcam.client.csv.UsersCsv;
import io.camelcam.client.error.CamValidationException;
import io.camelcam.client.model.CamUser;
import io.camelcam.client.model.CsvDownload;
import io.camelcam.client.model.UsersUpdateResult;
import io.camelcam.client.operation.CamCall;
import io.camelcam.client.operation.UpdateUsersCsv;
import io.camelcam.client.validation.FieldChecks;
import io.camelcam.component.api.CamConfiguration;
import io.camelcam.component.api.CamConstants;

/**
 * updateUsersCSV (administrator token). In: a CSV as File/Path (the file component's body too),
 * InputStream, bytes or String, or users as a List of CamUser or Map, or an Iterator of CamUser.
 * The whole CSV is validated before the upload starts (a stream is spooled to a temporary file to
 * allow that) and is uploaded streamed, never whole in memory. Out: body the
 * {@link UsersUpdateResult}; headers {@code CamelCamUsersCreated} / {@code CamelCamUsersUpdated}.
 */
public final class UpdateUsersCsvBinding implements OperationBinding<UsersUpdateResult> {

    private static final String EXPECTED = "a CSV as File, Path, InputStream, bytes or String, a List of CamUser "
            + "or Map, or an Iterator of CamUser";

    @Override
    public void checkOptions(CamConfiguration options, ZonedClock time) {
        FieldChecks.requireLine(UpdateUsersCsv.OPERATION, "option fileName", options.getFileName());
    }

    @Override
    public CamCall<UsersUpdateResult> prepare(Exchange exchange, CamConfiguration options, ZonedClock time) {
        return new UpdateUsersCsv(upload(exchange, options.getFileName()));
    }

    @SuppressWarnings("unchecked")
    private static CsvUpload upload(Exchange exchange, String fileName) {
        Object body = exchange.getMessage().getBody();
        if (body == null) {
            throw new CamValidationException(UpdateUsersCsv.OPERATION, "body", "is null (expected " + EXPECTED + ")");
        }
        if (body instanceof WrappedFile<?> wrapped && wrapped.getFile() instanceof File file) {
            return UsersCsv.fromFile(file.toPath(), file.getName());
        }
        if (body instanceof File file) {
            return UsersCsv.fromFile(file.toPath(), file.getName());
        }
        if (body instanceof Path path) {
            // a root such as "/" has no file name: then it goes by the option's, and fails as unreadable
            Path name = path.getFileName();
            return UsersCsv.fromFile(path, name == null ? fileName : name.toString());
        }
        if (body instanceof byte[] bytes) {
            return UsersCsv.fromBytes(bytes, fileName);
        }
        if (body instanceof CharSequence text) {
            return UsersCsv.fromBytes(text.toString().getBytes(StandardCharsets.UTF_8), fileName);
        }
        if (body instanceof CsvDownload download) {
            return UsersCsv.fromStream(download.getInputStream(), fileName);
        }
        if (body instanceof InputStream stream) {
            return UsersCsv.fromStream(stream, fileName);
        }
        if (body instanceof Iterator<?> iterator) {
            return UsersCsv.fromIterator(checked((Iterator<Object>) iterator), fileName);
        }
        if (body instanceof List<?> list) {
            if (list.stream().allMatch(CamUser.class::isInstance)) {
                return UsersCsv.fromUsers((List<CamUser>) list, fileName);
            }
            if (list.stream().allMatch(Map.class::isInstance)) {
                return UsersCsv.fromRows((List<Map<String, ?>>) list, fileName);
            }
            throw new CamValidationException(UpdateUsersCsv.OPERATION, "body",
                    "is a List mixing types; expected all CamUser or all Map");
        }
        throw ExchangeInputs.unsupported(UpdateUsersCsv.OPERATION, body, EXPECTED);
    }

    private static Iterator<CamUser> checked(Iterator<Object> iterator) {
        return new Iterator<>() {
            private long index;

            @Override
            public boolean hasNext() {
                return iterator.hasNext();
            }

            @Override
            public CamUser next() {
                Object next = iterator.next();
                if (next instanceof CamUser user) {
                    index++;
                    return user;
                }
                throw new CamValidationException(UpdateUsersCsv.OPERATION, "body element " + index,
                        "is a " + (next == null ? "null" : next.getClass().getName()) + ", not a CamUser");
            }
        };
    }

    @Override
    public void complete(Exchange exchange, CamConfiguration options, CamCall<UsersUpdateResult> call,
            UsersUpdateResult result) {
        exchange.getMessage().setBody(result);
        exchange.getMessage().setHeader(CamConstants.USERS_CREATED, result.created());
        exchange.getMessage().setHeader(CamConstants.USERS_UPDATED, result.updated());
    }
}
