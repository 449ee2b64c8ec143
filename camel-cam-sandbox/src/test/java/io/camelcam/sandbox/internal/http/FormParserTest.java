package io.camelcam.sandbox.internal.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.camelcam.sandbox.internal.cam.RequestRefusedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FormParserTest {

    private static Map<String, String> parse(byte[] body) {
        Map<String, String> out = new HashMap<>();
        FormParser.parse(body, body.length, out);
        return out;
    }

    private static Map<String, String> parse(String body) {
        return parse(body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void decodesTheManualsRawCurlBody() {
        String raw = "message={\"panelName\":\"ルーム名\",\"message\":\"Hello\",\"isOpened\":false,"
                + "\"generalPurposes\":{\"users\":\"user1@xxx.com,user2@xxx.com\"}}";
        assertThat(parse(raw)).containsEntry("message", raw.substring("message=".length()));
    }

    @Test
    void plusIsSpaceAndPercentEscapesAreBytes() {
        assertThat(parse("a=x+y%26z%2B%25%3D&b=%E3%81%93%E3%82%93")).containsEntry("a", "x y&z+%=").containsEntry("b", "こん");
    }

    @Test
    void keepsAStrayPercentAsIs() {
        assertThat(parse("a=100%&b=%zz&c=%4")).containsEntry("a", "100%").containsEntry("b", "%zz").containsEntry("c", "%4");
    }

    @Test
    void firstValueWinsAndEmptyPiecesAreSkipped() {
        assertThat(parse("&a=1&&a=2&flag&=v&")).containsEntry("a", "1").containsEntry("flag", "").containsEntry("", "v").hasSize(3);
    }

    @Test
    void valueMayContainEqualsSigns() {
        assertThat(parse("q=a=b=c")).containsEntry("q", "a=b=c");
    }

    @Test
    void refusesInvalidUtf8NamingTheField() {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("message=".getBytes(StandardCharsets.US_ASCII));
        body.write(0xC3);
        body.write(0x28);
        assertThatThrownBy(() -> parse(body.toByteArray()))
                .isInstanceOf(RequestRefusedException.class)
                .hasMessage("SC_INVALID_PARAMETER: message: not UTF-8");
        assertThatThrownBy(() -> parse("%FF=1"))
                .hasMessage("SC_INVALID_PARAMETER: body: not UTF-8");
    }
}
