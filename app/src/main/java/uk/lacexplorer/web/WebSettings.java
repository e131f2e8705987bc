package uk.lacexplorer.web;

import java.util.Map;

/**
 * Settings of the web server (see the README's table).
 *
 * @param allowUpload whether anyone may upload official files through the Data page ({@code LACX_ALLOW_UPLOAD=true});
 *     an upload changes the data everyone sees, so it is off unless asked for
 */
public record WebSettings(boolean allowUpload) {

  public static WebSettings fromEnvironment() {
    return fromEnvironment(System.getenv());
  }

  static WebSettings fromEnvironment(Map<String, String> env) {
    String upload = System.getProperty("lacx.allow.upload");
    if (upload == null || upload.isBlank()) upload = env.get("LACX_ALLOW_UPLOAD");
    return new WebSettings("true".equalsIgnoreCase(upload == null ? "" : upload.strip()));
  }

  public static WebSettings defaults() {
    return new WebSettings(false);
  }
}
