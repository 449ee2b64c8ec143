package io.camelcam.sandbox.internal.ops;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import io.camelcam.sandbox.internal.state.UserPatch;

/**
 * The validated rows of one {@code updateUsersCSV} upload, kept until the whole file has passed: in memory
 * up to {@code inMemory} rows, beyond that all of them in a temporary file, so that an upload of ten million
 * users holds one row at a time in the heap. {@link #close()} deletes the file.
 */
final class ValidatedRows implements Iterable<UserPatch>, Closeable {

    private static final int BUFFER = 64 * 1024;
    private static final int DELETED_GIVEN = 1 << 7;
    private static final int DELETED_TRUE = 1 << 6;

    private final int inMemory;
    private List<UserPatch> rows = new ArrayList<>();
    private Path file;
    private DataOutputStream out;
    private long count;

    /** @param inMemory the most rows held in memory before they all go to a temporary file */
    ValidatedRows(int inMemory) {
        this.inMemory = inMemory;
    }

    void add(UserPatch row) throws IOException {
        count++;
        if (out == null && rows.size() < inMemory) {
            rows.add(row);
            return;
        }
        if (out == null) {
            file = Files.createTempFile("cam-sandbox-users", ".rows");
            out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), BUFFER));
            for (UserPatch held : rows) {
                write(held);
            }
            rows = null;
        }
        write(row);
    }

    /** Forgets the rows: a bad row means none will be applied. */
    void clear() throws IOException {
        close();
        rows = new ArrayList<>();
        count = 0;
    }

    /** The temporary file, {@code null} while the rows fit in memory and after {@link #close()}. */
    Path spillFile() {
        return file;
    }

    /**
     * The rows in file order. Reading the temporary file back can fail only with the disk; that failure is
     * thrown as an {@link UncheckedIOException} from the iterator.
     */
    @Override
    public Iterator<UserPatch> iterator() {
        if (out == null) {
            return rows.iterator();
        }
        try {
            out.flush();
            return new FileRows(new DataInputStream(new BufferedInputStream(Files.newInputStream(file), BUFFER)), count);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            out.close();
            out = null;
        }
        if (file != null) {
            Files.deleteIfExists(file);
            file = null;
        }
    }

    /** One flag byte (which fields are present, the deleted value), then each present field. */
    private void write(UserPatch row) throws IOException {
        String[] fields = fields(row);
        int flags = 0;
        for (int i = 0; i < fields.length; i++) {
            if (fields[i] != null) {
                flags |= 1 << i;
            }
        }
        if (row.deleted() != null) {
            flags |= DELETED_GIVEN | (row.deleted() ? DELETED_TRUE : 0);
        }
        out.writeByte(flags);
        for (String field : fields) {
            if (field != null) {
                // not writeUTF: it stops at 64 KiB, and a cell has no such limit
                byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
                out.writeInt(bytes.length);
                out.write(bytes);
            }
        }
    }

    private static String[] fields(UserPatch row) {
        return new String[] {row.email(), row.name(), row.department(), row.position(), row.phone(), row.role()};
    }

    private static final class FileRows implements Iterator<UserPatch> {
        private final DataInputStream in;
        private long left;

        FileRows(DataInputStream in, long rows) {
            this.in = in;
            this.left = rows;
        }

        @Override
        public boolean hasNext() {
            if (left == 0) {
                close();
            }
            return left > 0;
        }

        @Override
        public UserPatch next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            try {
                int flags = in.readUnsignedByte();
                String[] f = new String[6];
                for (int i = 0; i < f.length; i++) {
                    if ((flags & (1 << i)) != 0) {
                        f[i] = new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
                    }
                }
                left--;
                Boolean deleted = (flags & DELETED_GIVEN) == 0 ? null : (flags & DELETED_TRUE) != 0;
                return new UserPatch(f[0], f[1], f[2], f[3], f[4], f[5], deleted);
            } catch (IOException e) {
                close();
                throw new UncheckedIOException(e);
            }
        }

        private void close() {
            try {
                in.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
