/** The {@code ./lacx episodes …} and {@code ./lacx synth903} commands. */
package uk.lacexplorer.cli.episodes;
