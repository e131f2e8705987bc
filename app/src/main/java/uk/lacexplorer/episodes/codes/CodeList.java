package uk.lacexplorer.episodes.codes;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One coded field's allowed values, each with the collection years it may be used in. Codes are numbered from 1 in
 * file order so that tables can hold them in a {@code byte}: {@link #BLANK} for an empty cell and {@link #UNKNOWN} for
 * a value not in the list. Immutable and thread-safe.
 */
public final class CodeList {
  public static final byte BLANK = 0;
  public static final byte UNKNOWN = -1;

  /** One code; {@code validFrom}/{@code validTo} are years ending 31 March, 0 when open. */
  public record Code(String code, String label, int validFrom, int validTo) {
    public boolean validIn(int yearEnding31March) {
      return (validFrom == 0 || yearEnding31March >= validFrom) && (validTo == 0 || yearEnding31March <= validTo);
    }
  }

  private static final int SLOTS = 256;

  private final String name;
  private final List<Code> codes;
  /** Open addressing on the code's characters packed into a long (7 bits each; codes are at most 8 ASCII chars). */
  private final long[] keys = new long[SLOTS];
  private final byte[] values = new byte[SLOTS];

  public CodeList(String name, List<Code> codes) {
    this.name = Objects.requireNonNull(name);
    if (codes.size() > Byte.MAX_VALUE) throw new IllegalArgumentException("too many codes in " + name);
    this.codes = List.copyOf(codes);
    for (int i = 0; i < codes.size(); i++) {
      char[] code = codes.get(i).code().toCharArray();
      long key = pack(code, 0, code.length);
      if (key == 0) throw new IllegalArgumentException("code too long or not ASCII: " + codes.get(i).code());
      int slot = slot(key);
      while (keys[slot] != 0) slot = (slot + 1) & (SLOTS - 1);
      keys[slot] = key;
      values[slot] = (byte) (i + 1);
    }
  }

  /** The characters as a non-zero long, or 0 when they cannot be a code (too long, not ASCII). */
  private static long pack(char[] buffer, int offset, int length) {
    if (length > 8) return 0;
    long key = length;
    for (int i = 0; i < length; i++) {
      char c = buffer[offset + i];
      if (c >= 128) return 0;
      key = (key << 7) | c;
    }
    return key;
  }

  private static int slot(long key) {
    long mixed = key * 0x9E3779B97F4A7C15L;
    return (int) (mixed >>> 56) & (SLOTS - 1);
  }

  public String name() {
    return name;
  }

  public List<Code> codes() {
    return codes;
  }

  /** The index (from 1) of the code spelled by {@code buffer[offset..offset+length)}, BLANK or UNKNOWN. */
  public byte index(char[] buffer, int offset, int length) {
    while (length > 0 && buffer[offset] == ' ') {
      offset++;
      length--;
    }
    while (length > 0 && buffer[offset + length - 1] == ' ') length--;
    if (length == 0) return BLANK;
    long key = pack(buffer, offset, length);
    if (key == 0) return UNKNOWN;
    int slot = slot(key);
    while (keys[slot] != 0) {
      if (keys[slot] == key) return values[slot];
      slot = (slot + 1) & (SLOTS - 1);
    }
    return UNKNOWN;
  }

  public byte index(String text) {
    if (text == null) return BLANK;
    return index(text.toCharArray(), 0, text.length());
  }

  /** The code with this index (from 1). */
  public Code code(int index) {
    return codes.get(index - 1);
  }

  public String text(int index) {
    return index <= 0 ? "" : codes.get(index - 1).code();
  }

  public boolean contains(String text) {
    return index(text) > 0;
  }

  public boolean validIn(int index, int yearEnding31March) {
    return index > 0 && codes.get(index - 1).validIn(yearEnding31March);
  }

  /** Indexes of the given codes, for fast membership tests; unknown codes are an error in the caller's code. */
  public boolean[] set(String... members) {
    boolean[] set = new boolean[codes.size() + 1];
    for (String member : members) {
      byte index = index(member);
      if (index <= 0) throw new IllegalArgumentException(member + " is not in code list " + name);
      set[index] = true;
    }
    return set;
  }

  public List<String> texts() {
    List<String> texts = new ArrayList<>();
    for (Code code : codes) texts.add(code.code());
    return texts;
  }
}
