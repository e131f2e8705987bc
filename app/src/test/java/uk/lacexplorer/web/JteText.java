package uk.lacexplorer.web;

/**
 * Strips jte code from a template so that only what a person would read remains: comments, {@code @import} and
 * {@code @param} lines, {@code ${…}} expressions and control directives go; the HTML of content blocks
 * ({@code @`…`}) passed to templates stays.
 */
final class JteText {
  private JteText() {
  }

  static String withoutCode(String template) {
    String text = template.replaceAll("(?s)<%--.*?--%>", "");
    text = text.replaceAll("(?m)^\\s*@(import|param)\\b.*$", "");
    return strip(text);
  }

  private static String strip(String text) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if ((c == '$' || c == '!') && text.startsWith("{", i + 1)) {
        i = skipBalanced(text, i + 1, '{', '}');
      } else if (text.startsWith("$unsafe{", i)) {
        i = skipBalanced(text, i + 7, '{', '}');
      } else if (c == '@') {
        int nameEnd = i + 1;
        while (nameEnd < text.length() && (Character.isLetterOrDigit(text.charAt(nameEnd)) || text.charAt(nameEnd) == '.')) nameEnd++;
        String name = text.substring(i + 1, nameEnd);
        if (nameEnd < text.length() && text.charAt(nameEnd) == '(' && !name.isEmpty()) {
          i = arguments(text, nameEnd, out);
        } else if (name.equals("else") || name.equals("endif") || name.equals("endfor")) {
          i = nameEnd;
        } else {
          out.append(c);
          i++;
        }
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** Skips a directive's arguments, keeping the (stripped) HTML of any content block among them. */
  private static int arguments(String text, int open, StringBuilder out) {
    int depth = 0;
    int i = open;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '"') {
        i = text.indexOf('"', i + 1) + 1;
        continue;
      }
      if (c == '@' && text.startsWith("`", i + 1)) {
        int end = text.indexOf('`', i + 2);
        out.append(strip(text.substring(i + 2, end)));
        i = end + 1;
        continue;
      }
      if (c == '(') depth++;
      if (c == ')' && --depth == 0) return i + 1;
      i++;
    }
    return i;
  }

  private static int skipBalanced(String text, int open, char opening, char closing) {
    int depth = 0;
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        i = text.indexOf('"', i + 1);
        continue;
      }
      if (c == opening) depth++;
      if (c == closing && --depth == 0) return i + 1;
    }
    return text.length();
  }
}
