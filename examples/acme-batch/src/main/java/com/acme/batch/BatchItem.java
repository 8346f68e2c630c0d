package com.acme.batch;

/** One unit of work: an id and its raw payload. A blank payload cannot be processed. */
public record BatchItem(String id, String payload) {

    public boolean processable() {
        return payload != null && !payload.isBlank();
    }
}
