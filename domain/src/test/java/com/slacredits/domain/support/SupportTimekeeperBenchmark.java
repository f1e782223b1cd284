package com.slacredits.domain.support;

import static com.slacredits.domain.support.Holidays2026.HOLIDAYS;

import com.slacredits.domain.Contract;
import com.slacredits.domain.PolicyPack;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Measures a million tickets reported over two years, on the test pack's four priorities (office hours,
 * ALWAYS, and a customer's own hours), one in five with pauses, and prints how long it took. A main class
 * rather than a test, so that no build depends on a machine's speed.
 */
public final class SupportTimekeeperBenchmark {

    private SupportTimekeeperBenchmark() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        PolicyPack pack = SupportPacks.pack(ResolutionStart.RESPONSE);
        Contract enterprise = SupportPacks.contract("K-1", "ENTERPRISE");
        Contract ownHours = SupportPacks.contract("K-2", "OWN_HOURS", "1200.00", Optional.of(ZoneId.of("Europe/Sofia")),
                Optional.of("BG"));
        Random random = new Random(19);
        long from = Instant.parse("2025-01-01T00:00:00Z").getEpochSecond();
        long span = Instant.parse("2026-12-31T00:00:00Z").getEpochSecond() - from;
        List<Ticket> tickets = new ArrayList<>(count);
        List<List<TicketPause>> pauses = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long reported = from + (long) (random.nextDouble() * span);
            long responded = reported + random.nextInt(3 * 86_400);
            long resolved = responded + random.nextInt(10 * 86_400);
            String id = "T-" + i;
            boolean own = i % 4 == 3;
            String priority = own ? "P2" : "P" + (1 + random.nextInt(4));
            tickets.add(new Ticket(id, own ? "K-2" : "K-1", priority, Instant.ofEpochSecond(reported),
                    random.nextInt(10) == 0 ? Optional.empty() : Optional.of(Instant.ofEpochSecond(responded)),
                    random.nextInt(20) == 0 ? Optional.empty() : Optional.of(Instant.ofEpochSecond(resolved))));
            List<TicketPause> own2 = new ArrayList<>();
            if (random.nextInt(5) == 0) {
                long start = responded + random.nextInt(86_400);
                own2.add(new TicketPause(id, Instant.ofEpochSecond(start), Instant.ofEpochSecond(start + random.nextInt(2 * 86_400))));
                own2.add(new TicketPause(id, Instant.ofEpochSecond(start + 3_600), Instant.ofEpochSecond(start + 7_200)));
            }
            pauses.add(own2);
        }
        SupportTimekeeper timekeeper = new SupportTimekeeper(HOLIDAYS);
        LocalDate asOf = LocalDate.of(2027, 2, 1);
        for (int round = 1; round <= 3; round++) {
            long started = System.nanoTime();
            int measured = 0;
            for (int i = 0; i < count; i++) {
                Ticket ticket = tickets.get(i);
                Contract contract = ticket.contractId().equals("K-2") ? ownHours : enterprise;
                if (timekeeper.measure(pack, contract, ticket, pauses.get(i), asOf).isPresent()) {
                    measured++;
                }
            }
            System.out.printf("round %d: %,d tickets, %,d measured, in %,d ms%n", round, count, measured,
                    (System.nanoTime() - started) / 1_000_000);
        }
    }
}
