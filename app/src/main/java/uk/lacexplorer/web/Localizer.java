package uk.lacexplorer.web;

import uk.lacexplorer.i18n.Lang;
import uk.lacexplorer.i18n.Messages;
import gg.jte.support.LocalizationSupport;

/**
 * The message bundle of one language as jte sees it: {@code @param Page page} then {@code ${page.t("key")}} or
 * {@code ${page.localize("key", arg)}}. Localised text is trusted; arguments are still escaped.
 */
public final class Localizer implements LocalizationSupport {
  private final Messages messages;
  private final Lang lang;

  public Localizer(Messages messages, Lang lang) {
    this.messages = messages;
    this.lang = lang;
  }

  @Override
  public String lookup(String key) {
    return messages.lookup(lang, key);
  }

  public Lang lang() {
    return lang;
  }
}
