package com.slacredits.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.slacredits.domain.MonitoringGap;
import com.slacredits.domain.ServicePeriod;
import com.slacredits.domain.ShortList;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Issue 22, item 9: a run as of 9999-12-31 listed every month to then as without monitoring data, an
 * 11,670-page summary. The summary shows the first {@link ShortList#LIMIT} and says how many more.
 */
class SummaryBoundsTest {

    private static List<SummaryLine> noDataLines(int gaps) {
        List<MonitoringGap> all = IntStream.range(0, gaps)
                .mapToObj(i -> new MonitoringGap("svc-" + i, ServicePeriod.parse("2026-10"))).toList();
        return SummaryContent.of(FivePacks2026.summary(all), new SummaryParameters("x", 1, Path.of("in"),
                Path.of("out"), "embedded"), Packs.CATALOG).stream()
                .filter(line -> line.getSection().equals(SummaryContent.NO_DATA)).toList();
    }

    @Test
    void asManyServicesAsTheLimitAreListedEachOnARow() {
        assertThat(noDataLines(ShortList.LIMIT)).hasSize(ShortList.LIMIT)
                .noneMatch(line -> line.getCell1().startsWith("and "));
    }

    @Test
    void oneMoreIsALineSayingSo() {
        List<SummaryLine> lines = noDataLines(ShortList.LIMIT + 1);
        assertThat(lines).hasSize(ShortList.LIMIT + 1);
        assertThat(lines.get(ShortList.LIMIT).getCell1()).isEqualTo("and 1 more");
    }

    @Test
    void elevenThousandMonthsAreTwentyRowsAndOne() {
        List<SummaryLine> lines = noDataLines(11_670);
        assertThat(lines).hasSize(ShortList.LIMIT + 1);
        assertThat(lines.get(ShortList.LIMIT).getCell1()).isEqualTo("and 11,650 more");
    }
}
