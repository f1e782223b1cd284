import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The large-month benchmark's reference (bench/large-month.sh): DuckDB computes the counted
 * downtime per service (runs of at least 5 DOWN minutes) straight from the probe files, on 2
 * threads, and writes {@code service_id,downtime} lines. Only the benchmark uses DuckDB, never the
 * product. Run as a single-file program:
 *
 * <pre>java -cp bench/target/lib/duckdb_jdbc-1.5.6.0.jar bench/DuckDbDowntime.java INPUT_DIR OUT_CSV</pre>
 *
 * Prints {@code duckdb_seconds S rows R services D}: S is the query alone, from execution to the
 * last result row read (connecting and loading the driver are not counted), R the probe rows read
 * (counted by a second query, after the timed one), D the services with counted downtime.
 */
public class DuckDbDowntime {
    static final String QUERY = """
            WITH p AS (SELECT service_id, (epoch(checked_at)::BIGINT // 60) AS slot, status
                       FROM read_csv('DIR/probes-*.csv', header=true,
                            columns={'service_id':'VARCHAR','checked_at':'TIMESTAMPTZ','status':'VARCHAR'})),
            d AS (SELECT service_id, slot FROM p GROUP BY service_id, slot HAVING bool_and(status = 'DOWN')),
            r AS (SELECT service_id, slot - row_number() OVER (PARTITION BY service_id ORDER BY slot) AS grp FROM d),
            runs AS (SELECT service_id, count(*) AS n FROM r GROUP BY service_id, grp HAVING count(*) >= 5)
            SELECT service_id, sum(n) FROM runs GROUP BY service_id
            """;

    public static void main(String[] args) throws SQLException, IOException {
        if (args.length != 2) {
            System.err.println("usage: DuckDbDowntime INPUT_DIR OUT_CSV");
            System.exit(2);
        }
        String dir = Path.of(args[0]).toAbsolutePath().toString().replace("'", "''");
        String query = QUERY.replace("DIR", dir);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             Statement s = c.createStatement();
             PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
            s.execute("SET threads=2");
            out.println("service_id,downtime");
            long start = System.nanoTime();
            int services = 0;
            StringBuilder lines = new StringBuilder();
            try (ResultSet rs = s.executeQuery(query)) {
                while (rs.next()) {
                    lines.append(rs.getString(1)).append(',').append(rs.getLong(2)).append('\n');
                    services++;
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            out.print(lines);
            long rows;
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM read_csv('" + dir + "/probes-*.csv', header=true,"
                    + " columns={'service_id':'VARCHAR','checked_at':'TIMESTAMPTZ','status':'VARCHAR'})")) {
                rs.next();
                rows = rs.getLong(1);
            }
            System.out.printf("duckdb_seconds %.3f rows %d services %d%n", seconds, rows, services);
        }
    }
}
