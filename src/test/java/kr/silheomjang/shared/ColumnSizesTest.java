package kr.silheomjang.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import jakarta.persistence.EntityManagerFactory;

/**
 * Every entity text column that declares a length ({@code @Column(length = n)}) declares the size the migrations
 * gave it. Services and fields take their limits from the same numbers; a length written from a stale entity would
 * let text through to a database error instead of a Korean refusal. (Hibernate's unstated default, 255, is skipped:
 * it says nothing about the column.)
 */
@SpringBootTest
@ActiveProfiles("test")
class ColumnSizesTest {

    @Autowired
    EntityManagerFactory emf;
    @Autowired
    DataSource dataSource;

    @Test
    void everyDeclaredTextLengthMatchesTheMigratedColumn() throws Exception {
        Map<String, Integer> sizes = new HashMap<>();
        try (Connection c = dataSource.getConnection();
                ResultSet r = c.getMetaData().getColumns(null, null, "%", "%")) {
            while (r.next()) {
                String type = r.getString("TYPE_NAME").toUpperCase(Locale.ROOT);
                if (type.contains("CHAR") && !type.contains("LARGE")) {
                    sizes.put(key(r.getString("TABLE_NAME"), r.getString("COLUMN_NAME")), r.getInt("COLUMN_SIZE"));
                }
            }
        }
        assertThat(sizes).containsKey("expense.payee");
        List<String> mismatches = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        int[] checked = {0};
        emf.unwrap(SessionFactoryImplementor.class).getMappingMetamodel().forEachEntityDescriptor(persister ->
                persister.forEachSelectable((i, column) -> {
                    Long length = column.getLength();
                    if (length == null || length == 255 || column.isFormula()
                            || column.getJdbcMapping().getJavaTypeDescriptor().getJavaTypeClass() != String.class) {
                        return;
                    }
                    String k = key(column.getContainingTableExpression(), column.getSelectionExpression());
                    Integer size = sizes.get(k);
                    checked[0]++;
                    if (size == null) {
                        missing.add(k);
                    } else if (size.longValue() != length) {
                        mismatches.add(k + ": entity " + length + ", database " + size);
                    }
                }));
        assertThat(checked[0]).isGreaterThan(100);
        assertThat(missing).as("declared text columns the database lacks (or keeps as CLOB)").isEmpty();
        assertThat(mismatches).isEmpty();
    }

    private static String key(String table, String column) {
        return (table + "." + column).toLowerCase(Locale.ROOT).replace("\"", "");
    }
}
