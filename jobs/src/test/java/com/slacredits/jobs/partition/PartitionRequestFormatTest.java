package com.slacredits.jobs.partition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.support.converter.MessageConversionException;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.integration.support.MessageBuilder;

/**
 * A partition request on the wire: plain JSON of two ids and a step name, and every way a message
 * that is not one is refused, with the rule it broke, before anything in it is built.
 */
public class PartitionRequestFormatTest {

    private final PartitionRequestFormat format = new PartitionRequestFormat();

    /** What the Java-serialization converter let through: a long[] that declares a billion elements, in 27 bytes. */
    public static byte[] arrayBomb() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new long[0]);
        }
        byte[] bomb = bytes.toByteArray();
        ByteBuffer.wrap(bomb, bomb.length - 4, 4).putInt(1_000_000_000);
        return bomb;
    }

    private static Message message(String contentType, byte[] body) {
        MessageProperties properties = new MessageProperties();
        properties.setContentType(contentType);
        return new Message(body, properties);
    }

    private static Message json(String text) {
        return message("application/json", text.getBytes(StandardCharsets.UTF_8));
    }

    private String refusal(Message message) {
        return assertThatThrownBy(() -> format.fromMessage(message)).isInstanceOf(RefusedMessage.class)
                .isNotInstanceOf(MessageConversionException.class).actual().getMessage();
    }

    @Test
    void aRequestGoesOutAsJsonAndComesBackTheSame() {
        PartitionRequest request = new PartitionRequest(7, 42, "probeFile");
        Message sent = format.toMessage(request, new MessageProperties());

        assertThat(new String(sent.getBody(), StandardCharsets.UTF_8))
                .isEqualTo("{\"jobExecutionId\":7,\"stepExecutionId\":42,\"stepName\":\"probeFile\"}");
        assertThat(sent.getMessageProperties().getContentType()).isEqualTo("application/json");
        assertThat(format.fromMessage(sent)).isEqualTo(request);
    }

    @Test
    void onlyRequestsGoOut() {
        assertThatThrownBy(() -> format.toMessage(new StepExecutionRequest("probeFile", 42), new MessageProperties()))
                .isInstanceOf(MessageConversionException.class);
    }

    @Test
    void theArrayBombIsRefusedByItsContentTypeAndAsJson() throws IOException {
        byte[] bomb = arrayBomb();
        assertThat(bomb).hasSize(27);

        assertThat(refusal(message("application/x-java-serialized-object", bomb)))
                .isEqualTo("its content type is 'application/x-java-serialized-object', not application/json");
        assertThat(refusal(message("application/json", bomb))).startsWith("it is not a JSON partition request: ");
    }

    @Test
    void theSizeIsCheckedFirstAndIsBounded() {
        String request = "{\"jobExecutionId\":7,\"stepExecutionId\":42,\"stepName\":\"probeFile\"}";
        String atTheLimit = request + " ".repeat(PartitionRequestFormat.MAX_BYTES - request.length());
        assertThat(atTheLimit.getBytes(StandardCharsets.UTF_8)).hasSize(512);

        assertThat(format.fromMessage(json(atTheLimit))).isEqualTo(new PartitionRequest(7, 42, "probeFile"));
        assertThat(refusal(json(atTheLimit + " "))).isEqualTo(
                "it has 513 bytes, more than the 512 a partition request may have");
        assertThat(refusal(message("application/x-java-serialized-object", new byte[10_000_000])))
                .startsWith("it has 10000000 bytes");
        assertThat(refusal(json(""))).isEqualTo("it is empty");
    }

    @Test
    void garbageIsRefused() {
        byte[] garbage = {(byte) 0xde, (byte) 0xad, (byte) 0xbe, (byte) 0xef, 0, 1, 2, '\n', 'x'};

        assertThat(refusal(message("application/octet-stream", garbage)))
                .isEqualTo("its content type is 'application/octet-stream', not application/json");
        assertThat(refusal(message(null, garbage))).startsWith("its content type is ");
        assertThat(refusal(message("application/json", garbage))).startsWith("it is not a JSON partition request: ")
                .doesNotContain("\n");
        assertThat(refusal(json("not a partition request"))).startsWith("it is not a JSON partition request");
        assertThat(refusal(message("text/plain\nforged line", garbage))).doesNotContain("\n");
    }

    @Test
    void exactlyTheThreeFieldsOnceInOneFlatObject() {
        Map<String, String> refused = Map.ofEntries(
                Map.entry("[7, 42, \"probeFile\"]", "it is not a JSON object"),
                Map.entry("\"probeFile\"", "it is not a JSON object"),
                Map.entry("{\"jobExecutionId\":7,\"stepExecutionId\":42}", "it lacks stepName"),
                Map.entry("{\"stepExecutionId\":42,\"stepName\":\"probeFile\"}", "it lacks jobExecutionId"),
                Map.entry("{\"jobExecutionId\":7,\"stepName\":\"probeFile\"}", "it lacks stepExecutionId"),
                Map.entry("{\"jobExecutionId\":7,\"jobExecutionId\":8,\"stepExecutionId\":42,\"stepName\":\"probeFile\"}",
                        "it has the field jobExecutionId twice"),
                Map.entry("{\"@class\":\"java.lang.Runtime\",\"jobExecutionId\":7,\"stepExecutionId\":42,"
                        + "\"stepName\":\"probeFile\"}",
                        "it has the field '@class', which a partition request does not have"),
                Map.entry("{\"jobExecutionId\":7,\"stepExecutionId\":42,\"stepName\":\"probeFile\"}{}",
                        "it has more after the request"),
                Map.entry("{\"jobExecutionId\":7,\"stepExecutionId\":42,\"stepName\":{\"a\":1}}",
                        "it is not a JSON partition request"),
                Map.entry("{\"jobExecutionId\":7,\"stepExecutionId\":42,\"stepName\":[\"probeFile\"]}",
                        "it is not a JSON partition request"));
        refused.forEach((text, reason) -> assertThat(refusal(json(text))).as(text).startsWith(reason));
    }

    @Test
    void idsAreWholePositiveNumbersOfAtMostNineteenDigits() {
        String template = "{\"jobExecutionId\":7,\"stepExecutionId\":%s,\"stepName\":\"probeFile\"}";

        assertThat(format.fromMessage(json(template.formatted(Long.MAX_VALUE))).stepExecutionId())
                .isEqualTo(Long.MAX_VALUE);
        for (String id : new String[] {"\"42\"", "42.0", "4.2e1", "true", "null"}) {
            assertThat(refusal(json(template.formatted(id)))).as(id)
                    .isEqualTo("its stepExecutionId is not a whole number of at most 19 digits");
        }
        assertThat(refusal(json(template.formatted("99999999999999999999")))).as("20 digits")
                .startsWith("it is not a JSON partition request");
        assertThat(refusal(json(template.formatted("0")))).startsWith("it names no step execution");
        assertThat(refusal(json(template.formatted("-42")))).startsWith("it names no step execution");
    }

    @Test
    void aStepNameIsALetterThenLettersAndDigits() {
        String template = "{\"jobExecutionId\":7,\"stepExecutionId\":42,\"stepName\":\"%s\"}";

        assertThat(format.fromMessage(json(template.formatted("a" + "b".repeat(63)))).stepName()).hasSize(64);
        for (String name : new String[] {"", "probeFile:probes.csv", "probe file", "1probe", "probeFile\\n",
                "pr\\u00f6beFile"}) {
            assertThat(refusal(json(template.formatted(name)))).as(name).startsWith("it names no step execution");
        }
        assertThat(refusal(json(template.formatted("a".repeat(65))))).startsWith("it is not a JSON partition request");
    }

    @Test
    void springBatchsRequestTakesItsJobExecutionFromTheCorrelationId() {
        org.springframework.messaging.Message<StepExecutionRequest> sent = MessageBuilder
                .withPayload(new StepExecutionRequest("decideSlice", 42)).setCorrelationId("7:decideSlice").build();

        assertThat(PartitionRequest.sentBy(sent)).isEqualTo(new PartitionRequest(7, 42, "decideSlice"));
        assertThatThrownBy(() -> PartitionRequest.sentBy(MessageBuilder
                .withPayload(new StepExecutionRequest("decideSlice", 42)).build()))
                .isInstanceOf(IllegalStateException.class);
    }
}
