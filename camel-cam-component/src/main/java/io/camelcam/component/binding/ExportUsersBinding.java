package io.camelcam.component.binding;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.camel.Exchange;

import io.camelcam.client.csv.UsersCsvReader;
import io.camelcam.client.error.CamException;
import io.camelcam.client.error.CamTransportException;
import io.camelcam.client.model.CamUser;
import io.camelcam.client.model.CsvDownload;
import io.camelcam.client.operation.CamCall;
import io.camelcam.client.operation.ExportUsers;
import io.camelcam.client.validation.FieldChecks;
import io.camelcam.component.api.CamConfiguration;
import io.camelcam.component.api.CamConstants;

/**
 * exportUsers (administrator token). In: the file name from header {@code CamelCamFileName}, else
 * option path. Out: by outputType, the CSV as an InputStream streamed while it arrives (default),
 * a List of CamUser, or a lazy Iterator of CamUser; header {@code CamelCamFileName} = the name
 * CAM gave it. A stream or iterator holds a connection until it is read to the end or closed; if
 * the body stops arriving or breaks off meanwhile, its reader gets an IOException (an
 * UncheckedIOException from the iterator) whose cause is the CamTimeoutException or
 * CamTransportException saying what happened, while the list, read here, fails the exchange with
 * that exception itself.
 */
public final class ExportUsersBinding implements OperationBinding<CsvDownload> {

    @Override
    public void checkOptions(CamConfiguration options, ZonedClock time) {
        FieldChecks.requireLine(ExportUsers.OPERATION, "option path", options.getPath());
    }

    @Override
    public CamCall<CsvDownload> prepare(Exchange exchange, CamConfiguration options, ZonedClock time) {
        String path = ExchangeInputs.headerOr(exchange, CamConstants.FILE_NAME, options.getPath());
        FieldChecks.requireLine(ExportUsers.OPERATION, "path (option path or header " + CamConstants.FILE_NAME + ")", path);
        return new ExportUsers(path);
    }

    @Override
    public void complete(Exchange exchange, CamConfiguration options, CamCall<CsvDownload> call, CsvDownload result)
            throws Exception {
        exchange.getMessage().setHeader(CamConstants.FILE_NAME, result.getFileName());
        switch (options.getOutputType()) {
            case list -> {
                List<CamUser> users = new ArrayList<>();
                try (UsersCsvReader it = UsersCsvReader.open(result.getInputStream())) {
                    it.forEachRemaining(users::add);
                } catch (UncheckedIOException e) {
                    // the list is read inside the exchange, so its failure must be a CamException like any other:
                    // the stream's own (a timeout, a body cut short) when it says what happened
                    if (e.getCause().getCause() instanceof CamException cam) {
                        throw cam;
                    }
                    throw new CamTransportException(ExportUsers.OPERATION, "the CSV broke off after " + users.size()
                            + " users: " + e.getCause().getMessage(), e.getCause());
                }
                exchange.getMessage().setBody(users);
            }
            case iterator -> exchange.getMessage().setBody(UsersCsvReader.open(result.getInputStream()));
            default -> exchange.getMessage().setBody(result.getInputStream());
        }
    }
}
