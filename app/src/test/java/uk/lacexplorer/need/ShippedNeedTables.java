package uk.lacexplorer.need;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import uk.lacexplorer.measure.MeasureCatalogue;
import uk.lacexplorer.store.Database;
import uk.lacexplorer.testing.TestData;

/**
 * The need tables of the shipped dataset in a fresh database, opened once for a test class and closed after it:
 * {@code @RegisterExtension static final ShippedNeedTables SHIPPED = new ShippedNeedTables();}.
 */
final class ShippedNeedTables implements BeforeAllCallback, AfterAllCallback {
  private Database database;
  private NeedTables tables;

  @Override
  public void beforeAll(ExtensionContext context) {
    database = TestData.freshDatabase();
    tables = new NeedTables(TestData.shippedStore(database), MeasureCatalogue.standard());
  }

  @Override
  public void afterAll(ExtensionContext context) {
    database.close();
  }

  NeedTables tables() {
    return tables;
  }
}
