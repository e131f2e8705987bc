package uk.lacexplorer.web;

import java.util.List;
import java.util.function.Function;

/** The site's features in navigation order, each made from the shared {@link Site}: what {@link App#create} builds. */
public record WebFeatures(List<Function<Site, WebModule>> modules) {
  public WebFeatures {
    modules = List.copyOf(modules);
  }
}
