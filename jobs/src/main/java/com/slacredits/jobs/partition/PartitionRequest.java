package com.slacredits.jobs.partition;

import java.util.regex.Pattern;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.integration.IntegrationMessageHeaderAccessor;
import org.springframework.messaging.Message;

/**
 * What a partition request on the broker says: run step execution {@code stepExecutionId} of job
 * execution {@code jobExecutionId} with the step named {@code stepName} (the partition step, such as
 * probeFile, without the partition's own suffix). Nothing else travels: the partition's work is in
 * the job repository, which the worker reads.
 *
 * <p>A request that breaks these rules cannot be made, so the format never writes one it would refuse.
 */
public record PartitionRequest(long jobExecutionId, long stepExecutionId, String stepName) {

    /** A step's name as this application names its steps: a letter, then letters and digits. */
    static final Pattern STEP_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,63}");

    public PartitionRequest {
        if (jobExecutionId <= 0 || stepExecutionId <= 0) {
            throw new IllegalArgumentException("execution ids are positive");
        }
        if (stepName == null || !STEP_NAME.matcher(stepName).matches()) {
            throw new IllegalArgumentException("a step name is a letter, then up to 63 letters and digits");
        }
    }

    /**
     * The request for what Spring Batch's partition handler sends: its StepExecutionRequest, which
     * carries no job execution, and the correlation id it gives each message, which is the job
     * execution's id, a colon and the step name.
     */
    static PartitionRequest sentBy(Message<?> sent) {
        if (!(sent.getPayload() instanceof StepExecutionRequest request)) {
            throw new IllegalStateException("not a Spring Batch partition request: " + sent.getPayload());
        }
        Object correlation = sent.getHeaders().get(IntegrationMessageHeaderAccessor.CORRELATION_ID);
        String suffix = ":" + request.getStepName();
        if (!(correlation instanceof String id) || !id.endsWith(suffix)) {
            throw new IllegalStateException("Spring Batch's partition request came without its job execution: "
                    + correlation);
        }
        return new PartitionRequest(Long.parseLong(id.substring(0, id.length() - suffix.length())),
                request.getStepExecutionId(), request.getStepName());
    }

    /** What the worker's step handler takes. */
    StepExecutionRequest toStepExecutionRequest() {
        return new StepExecutionRequest(stepName, stepExecutionId);
    }
}
