package io.camelcam.client.csv;

import java.io.BufferedReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/** Spreadsheet tools start UTF-8 CSVs with a byte-order mark; it is not part of the header. */
final class BomSkippingReader extends FilterReader {
    private boolean first = true;

    BomSkippingReader(Reader in) {
        super(new BufferedReader(in, UsersCsvFormat.BUFFER));
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        int n = super.read(cbuf, off, len);
        if (first && n > 0) {
            first = false;
            if (cbuf[off] == '\uFEFF') {
                System.arraycopy(cbuf, off + 1, cbuf, off, n - 1);
                return n - 1 == 0 ? read(cbuf, off, len) : n - 1;
            }
        }
        return n;
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0];
    }
}
