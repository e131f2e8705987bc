package uk.lacexplorer.i18n;

import java.util.List;

/**
 * A message argument that depends on the reader: an {@link Option} (the command line's {@code --covariate-year}, the
 * web's "covariate year" label), a {@link Key} (a word from the bundles, e.g. a nation's name), or a {@link Choice}
 * list of choices. Plain arguments (names, numbers already formatted) are passed as they are.
 */
public sealed interface Arg permits Arg.Option, Arg.Key, Arg.Words, Arg.Choice {

  String render(Messages messages, Lang lang, Audience audience);

  /** An option / query parameter by its command-line name without dashes ({@code covariate-year}). */
  static Option option(String name) {
    return new Option(name);
  }

  /** A word from the bundles, rendered in the reader's language. */
  static Key key(String key) {
    return new Key(key);
  }

  /** A phrase from the bundles with arguments of its own, rendered for the reader. */
  static Words words(String key, Object... args) {
    return new Words(key, java.util.Arrays.asList(args));
  }

  /** Several choices (plain values or {@link Arg}s), rendered "a, b or c" in the reader's language. */
  static Choice choice(List<?> choices) {
    return new Choice(List.copyOf(choices));
  }

  /**
   * On the command line {@code --name}; on the web the label {@code param.NAME} in the page's language, or
   * {@code 'name'} where the bundles have no label (the API's parameter name).
   */
  record Option(String name) implements Arg {
    @Override
    public String render(Messages messages, Lang lang, Audience audience) {
      if (audience == Audience.CLI) return "--" + name;
      String key = "param." + name;
      return messages.has(lang, key) ? messages.lookup(lang, key) : "'" + name + "'";
    }
  }

  record Key(String key) implements Arg {
    @Override
    public String render(Messages messages, Lang lang, Audience audience) {
      return messages.lookup(lang, key);
    }
  }

  record Words(String key, List<Object> args) implements Arg {
    @Override
    public String render(Messages messages, Lang lang, Audience audience) {
      return messages.render(lang, audience, key, args);
    }
  }

  record Choice(List<Object> choices) implements Arg {
    @Override
    public String render(Messages messages, Lang lang, Audience audience) {
      List<String> shown = choices.stream().map(choice -> choice instanceof Arg arg ? arg.render(messages, lang, audience)
          : String.valueOf(choice)).toList();
      if (shown.size() < 2) return String.join("", shown);
      String last = shown.get(shown.size() - 1);
      return String.join(", ", shown.subList(0, shown.size() - 1)) + " " + messages.lookup(lang, "word.or") + " " + last;
    }
  }
}
