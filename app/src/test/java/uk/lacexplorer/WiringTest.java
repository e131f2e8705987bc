package uk.lacexplorer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A command line builds only the subcommand it names, and the whole tree for help or a mistake. */
class WiringTest {
  @Test
  void theSubcommandIsTheFirstArgumentThatIsNotTheRootsOption() {
    assertThat(Wiring.subcommandName(new String[] {"--db", "jdbc:h2:mem:x", "rates", "--nation", "wales"})).isEqualTo("rates");
    assertThat(Wiring.subcommandName(new String[] {"--db=jdbc:h2:mem:x", "funnel"})).isEqualTo("funnel");
    assertThat(Wiring.subcommandName(new String[] {"--help"})).isNull();
    assertThat(Wiring.subcommandName(new String[] {})).isNull();
  }

  @Test
  void aNamedCommandIsBuiltAloneAndAnythingElseGetsTheWholeTree() {
    assertThat(Wiring.commandLine(new String[] {"funnel", "--nation", "wales"}).getSubcommands()).containsOnlyKeys("funnel");
    assertThat(Wiring.commandLine(new String[] {"episodes", "rules"}).getSubcommands().get("episodes").getSubcommands())
        .containsKey("rules");
    assertThat(Wiring.commandLine(new String[] {"--help"}).getSubcommands()).hasSizeGreaterThan(20);
    assertThat(Wiring.commandLine(new String[] {"nonsense"}).getSubcommands()).containsKeys("rates", "serve", "funnel");
  }
}
