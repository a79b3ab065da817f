package org.jixiao.web;

/** Something asked for does not exist, or is not the caller's to know about; answered with 404. */
public class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message);
    }
}
