package com.slacredits.jobs.partition;

import java.nio.charset.StandardCharsets;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.support.converter.MessageConversionException;
import org.springframework.amqp.support.converter.MessageConverter;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;

/**
 * A partition request on the wire: one flat JSON object of two ids and a step name, content type
 * application/json, at most {@value #MAX_BYTES} bytes. Never Java serialization: a serialized object
 * can declare an array of a billion elements in 27 bytes, and reading it took a worker's memory.
 *
 * <p>Read strictly: the size first, then the content type, then a streaming parser with limits on
 * every token (no object mapper, so nothing in the message picks a type), the three fields exactly
 * once and nothing else. Whatever breaks a rule is refused with the rule it broke.
 */
public final class PartitionRequestFormat implements MessageConverter {

    public static final String CONTENT_TYPE = MessageProperties.CONTENT_TYPE_JSON;
    /** A request is about 90 bytes; this leaves room and no more. */
    static final int MAX_BYTES = 512;

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxDocumentLength(MAX_BYTES)
                    .maxNestingDepth(1)
                    .maxNumberLength(19)
                    .maxStringLength(64)
                    .maxNameLength(32)
                    .maxTokenCount(16)
                    .build())
            .build();

    @Override
    public Message toMessage(Object object, MessageProperties properties) {
        if (!(object instanceof PartitionRequest request)) {
            throw new MessageConversionException("only partition requests go to the workers, not "
                    + (object == null ? "null" : object.getClass().getName()));
        }
        // the record's own rules make the name plain letters and digits: nothing here needs escaping
        String json = "{\"jobExecutionId\":" + request.jobExecutionId() + ",\"stepExecutionId\":"
                + request.stepExecutionId() + ",\"stepName\":\"" + request.stepName() + "\"}";
        properties.setContentType(CONTENT_TYPE);
        properties.setContentEncoding(StandardCharsets.UTF_8.name());
        return new Message(json.getBytes(StandardCharsets.UTF_8), properties);
    }

    /** The request in the message; a RefusedMessage saying why when there is none. */
    @Override
    public PartitionRequest fromMessage(Message message) {
        byte[] body = message.getBody();
        if (body == null || body.length == 0) {
            throw new RefusedMessage("it is empty");
        }
        if (body.length > MAX_BYTES) {
            throw new RefusedMessage("it has " + body.length + " bytes, more than the " + MAX_BYTES
                    + " a partition request may have");
        }
        String contentType = message.getMessageProperties().getContentType();
        if (contentType == null || !contentType.strip().equalsIgnoreCase(CONTENT_TYPE)) {
            throw new RefusedMessage("its content type is " + Printable.of(contentType) + ", not " + CONTENT_TYPE);
        }
        try (JsonParser json = JSON.createParser(ObjectReadContext.empty(), body)) {
            return read(json);
        } catch (JacksonException e) {
            throw new RefusedMessage("it is not a JSON partition request: " + Printable.of(e.getOriginalMessage()));
        }
    }

    private static PartitionRequest read(JsonParser json) {
        if (json.nextToken() != JsonToken.START_OBJECT) {
            throw new RefusedMessage("it is not a JSON object");
        }
        Long jobExecutionId = null;
        Long stepExecutionId = null;
        String stepName = null;
        JsonToken token;
        while ((token = json.nextToken()) == JsonToken.PROPERTY_NAME) {
            String field = json.currentName();
            JsonToken value = json.nextToken();
            switch (field) {
                case "jobExecutionId" -> jobExecutionId = once(jobExecutionId, field, id(json, value, field));
                case "stepExecutionId" -> stepExecutionId = once(stepExecutionId, field, id(json, value, field));
                case "stepName" -> {
                    if (value != JsonToken.VALUE_STRING) {
                        throw new RefusedMessage("its stepName is not a string");
                    }
                    stepName = once(stepName, field, json.getString());
                }
                default -> throw new RefusedMessage("it has the field " + Printable.of(field)
                        + ", which a partition request does not have");
            }
        }
        if (token != JsonToken.END_OBJECT) {
            throw new RefusedMessage("it is not a flat JSON object");
        }
        if (json.nextToken() != null) {
            throw new RefusedMessage("it has more after the request");
        }
        if (jobExecutionId == null || stepExecutionId == null || stepName == null) {
            throw new RefusedMessage("it lacks " + (jobExecutionId == null ? "jobExecutionId"
                    : stepExecutionId == null ? "stepExecutionId" : "stepName"));
        }
        try {
            return new PartitionRequest(jobExecutionId, stepExecutionId, stepName);
        } catch (IllegalArgumentException e) {
            throw new RefusedMessage("it names no step execution this application could make: " + e.getMessage());
        }
    }

    private static long id(JsonParser json, JsonToken value, String field) {
        if (value != JsonToken.VALUE_NUMBER_INT || json.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
            throw new RefusedMessage("its " + field + " is not a whole number of at most 19 digits");
        }
        return json.getLongValue();
    }

    private static <T> T once(T earlier, String field, T value) {
        if (earlier != null) {
            throw new RefusedMessage("it has the field " + field + " twice");
        }
        return value;
    }
}
