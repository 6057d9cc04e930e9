package org.hewei.governance.examples.json;

/**
 * JSON 读写异常 — a value could not be written or read as Hewei JSON: an unregistered type, malformed
 * JSON, an unknown type name, a version newer than this software or without upcaster, or data that
 * does not make a valid value. The message names the type, the version and the JSON path, never the
 * data itself (JSON carries personal information); the cause, when kept, is a core validation
 * exception whose message is free of personal data too.
 *
 * <pre>{@code
 * try { json.read(text, PetitionEvent.class); }
 * catch (HeweiJsonException e) { log.warn(e.getMessage()); } // "petition.PetitionEvent.Declined v1 at $.data.reason: ..."
 * }</pre>
 */
public class HeweiJsonException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An exception with {@code message} (no personal data). */
  public HeweiJsonException(String message) {
    super(message);
  }

  /** An exception with {@code message} (no personal data) caused by a core validation exception. */
  public HeweiJsonException(String message, RuntimeException cause) {
    super(message, cause);
  }
}
