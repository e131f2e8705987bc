package uk.lacexplorer.application;

import java.util.function.Supplier;

/** A value made on first use, once, by the given supplier. Thread-safe. */
final class Lazy<T> implements Supplier<T> {
  private final Supplier<T> make;
  private volatile T value;

  Lazy(Supplier<T> make) {
    this.make = make;
  }

  @Override
  public T get() {
    T known = value;
    if (known == null) {
      synchronized (this) {
        known = value;
        if (known == null) {
          known = make.get();
          value = known;
        }
      }
    }
    return known;
  }

  boolean made() {
    return value != null;
  }
}
