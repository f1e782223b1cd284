package com.slacredits.readers.policy;

import com.slacredits.domain.AvailabilityTier;
import com.slacredits.domain.AvailabilityTierSchedule;
import com.slacredits.domain.BreachRemedy;
import com.slacredits.domain.ClaimsMode;
import com.slacredits.domain.ComplianceSchedule;
import com.slacredits.domain.CreditSchedule;
import com.slacredits.domain.DowntimeTier;
import com.slacredits.domain.DowntimeTierSchedule;
import com.slacredits.domain.EditionTerms;
import com.slacredits.domain.ExcuseRule;
import com.slacredits.domain.PackDefinitionException;
import com.slacredits.domain.PeriodKind;
import com.slacredits.domain.PolicyPack;
import com.slacredits.domain.WindowCause;
import com.slacredits.readers.InputFileException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * One policy pack file (policy packs, sections 2 and 3) read into a {@link PolicyPack}.
 *
 * <p>The YAML is read by SnakeYAML's {@link SafeConstructor}, which builds only maps, lists and
 * plain values, never an arbitrary type named by a tag; duplicate keys are refused. No scalar is
 * resolved implicitly: {@code 99.9} arrives as the text {@code "99.9"} and becomes a
 * {@link BigDecimal} here, so no percentage passes through binary floating point.
 *
 * <p>The rules the domain owns (percentages in (0, 100], tier order, contiguous downtime rows, a claim
 * window with {@code REQUIRED}) are left to its constructors; their {@link PackDefinitionException}
 * comes out as an {@link InvalidPackException} with the key placed where it sits in the file.
 */
public final class PolicyPackFile {

    private static final List<String> PACK_KEYS = List.of("id", "name", "zone", "period", "minOutageMinutes",
            "excusedCauses", "maintenanceNotice", "maintenanceMaxMinutes", "claims", "claimWindow", "editions");
    private static final List<String> EDITION_KEYS = List.of("guarantee", "schedule", "tiers", "breach");
    private static final List<String> AVAILABILITY_ROW_KEYS = List.of("atLeast", "credit");
    private static final List<String> DOWNTIME_ROW_KEYS = List.of("above", "upTo", "credit");
    private static final List<String> BREACH_KEYS = List.of("credit", "remedy");
    private static final String CONTRACT_GUARANTEE = "contract";

    /** The {@code schedule} of an edition (policy packs, section 3). */
    private enum ScheduleKind {
        AVAILABILITY_TIERS,
        DOWNTIME_TIERS,
        NONE
    }

    private PolicyPackFile() {
    }

    /**
     * Reads one pack file.
     *
     * @throws InvalidPackException when the file is not a valid pack, naming it without its folder
     * @throws InputFileException when the file cannot be read at all
     */
    public static PolicyPack read(Path file) {
        String fileName = file.getFileName().toString();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new InvalidPackException(fileName, "(document)", "is not UTF-8 text", e);
        } catch (IOException e) {
            throw new InputFileException(fileName, fileName + " cannot be read: " + e.getMessage() + ".", e);
        }
        return read(fileName, text);
    }

    /**
     * Reads a pack from its text; {@code fileName} is what an error names.
     *
     * @throws InvalidPackException when the text is not a valid pack
     */
    public static PolicyPack read(String fileName, String text) {
        Object document;
        try {
            document = yaml().load(text);
        } catch (MarkedYAMLException e) {
            throw new InvalidPackException(fileName, place(e), problemOf(e), e);
        } catch (YAMLException e) {
            throw new InvalidPackException(fileName, "(document)", "is not YAML: " + e.getMessage(), e);
        }
        try {
            return pack(PackSection.document(document));
        } catch (PackDefinitionException e) {
            throw new InvalidPackException(fileName, e.key(), e.problem(), e);
        }
    }

    /** The safe loader: plain maps, lists and text only, no duplicate keys, no implicit types. */
    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setAllowRecursiveKeys(false);
        DumperOptions dumperOptions = new DumperOptions();
        return new Yaml(new SafeConstructor(options), new Representer(dumperOptions), dumperOptions, options,
                new TextScalarResolver());
    }

    /**
     * Resolves no scalar implicitly: numbers, booleans, nulls and dates all stay the text written, to
     * be parsed by the key that expects them.
     */
    private static final class TextScalarResolver extends Resolver {
        @Override
        protected void addImplicitResolvers() {
        }
    }

    private static String place(MarkedYAMLException e) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        if (mark == null) {
            return "(document)";
        }
        return "line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
    }

    /** SnakeYAML's problem, completed by its context where the problem alone reads as half a sentence. */
    private static String problemOf(MarkedYAMLException e) {
        String problem = e.getProblem();
        String context = e.getContext();
        if (problem == null) {
            return context == null ? "is not YAML" : context;
        }
        return problem.startsWith("but ") && context != null ? context + " " + problem : problem;
    }

    private static PolicyPack pack(PackSection pack) {
        pack.allowOnly(PACK_KEYS, "a policy pack");
        String id = pack.text("id");
        String name = pack.text("name");
        ZoneId zone = zone(pack);
        PeriodKind period = pack.choice("period", PeriodKind.class, "a period");
        int minOutageMinutes = pack.wholeNumberInt("minOutageMinutes");
        Set<WindowCause> causes = excusedCauses(pack);
        Optional<Duration> notice = pack.optionalText("maintenanceNotice")
                .map(text -> duration(pack.keyOf("maintenanceNotice"), text));
        OptionalInt maxMinutes = pack.has("maintenanceMaxMinutes")
                ? OptionalInt.of(pack.wholeNumberInt("maintenanceMaxMinutes"))
                : OptionalInt.empty();
        ClaimsMode claims = pack.choice("claims", ClaimsMode.class, "a claims mode");
        Optional<Period> claimWindow = pack.optionalText("claimWindow")
                .map(text -> period(pack.keyOf("claimWindow"), text));
        if (claims == ClaimsMode.AUTOMATIC && claimWindow.isPresent()) {
            throw new PackDefinitionException("claimWindow",
                    "is only for claims: REQUIRED: an AUTOMATIC pack takes no claims");
        }
        Map<String, EditionTerms> editions = editions(pack);
        ExcuseRule excuseRule = domain("", () -> new ExcuseRule(causes, notice, maxMinutes));
        return domain("", () -> new PolicyPack(id, name, zone, period, minOutageMinutes, excuseRule, claims,
                claimWindow, editions));
    }

    private static ZoneId zone(PackSection pack) {
        String text = pack.text("zone");
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            throw new PackDefinitionException(pack.keyOf("zone"),
                    "'" + text + "' is not a time zone: use a region such as Europe/Amsterdam");
        }
    }

    private static Set<WindowCause> excusedCauses(PackSection pack) {
        Set<WindowCause> causes = EnumSet.noneOf(WindowCause.class);
        String key = pack.keyOf("excusedCauses");
        for (Object item : pack.list("excusedCauses", "a list of causes such as [MAINTENANCE, THIRD_PARTY]")) {
            WindowCause cause = PackSection.choice(key, PackSection.scalar(key, item), WindowCause.class, "a cause");
            if (!causes.add(cause)) {
                throw new PackDefinitionException(key, "lists " + cause + " twice");
            }
        }
        return causes;
    }

    /** An exact duration: {@code P14D} is 336 hours. */
    private static Duration duration(String key, String text) {
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw new PackDefinitionException(key,
                    "'" + text + "' is not an ISO-8601 duration such as PT48H or P14D");
        }
    }

    /** A period of the calendar, added to a local date-time: {@code P30D}, {@code P1M}. */
    private static Period period(String key, String text) {
        try {
            return Period.parse(text);
        } catch (DateTimeParseException e) {
            throw new PackDefinitionException(key,
                    "'" + text + "' is not an ISO-8601 period of days, weeks, months or years such as P30D");
        }
    }

    private static Map<String, EditionTerms> editions(PackSection pack) {
        PackSection editions = pack.section("editions", "a mapping from edition name to its guarantee and schedule");
        Map<String, EditionTerms> terms = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : editions.entries().entrySet()) {
            PackSection edition = editions.child(entry.getKey(), entry.getValue(),
                    "a mapping with a guarantee and a schedule");
            terms.put(entry.getKey(), edition(edition));
        }
        return terms;
    }

    private static EditionTerms edition(PackSection edition) {
        edition.allowOnly(EDITION_KEYS, "an edition");
        Optional<BigDecimal> guarantee = guarantee(edition);
        ScheduleKind kind = edition.choice("schedule", ScheduleKind.class, "a schedule kind");
        CreditSchedule schedule = switch (kind) {
            case AVAILABILITY_TIERS -> availabilityTiers(edition);
            case DOWNTIME_TIERS -> downtimeTiers(edition);
            case NONE -> compliance(edition);
        };
        return domain(edition.path(), () -> new EditionTerms(guarantee, schedule));
    }

    /** A number, or the word {@code contract}: the contract's own guarantee_pct. */
    private static Optional<BigDecimal> guarantee(PackSection edition) {
        String text = edition.text("guarantee");
        if (text.equals(CONTRACT_GUARANTEE)) {
            return Optional.empty();
        }
        try {
            return Optional.of(PackSection.decimal(edition.keyOf("guarantee"), text));
        } catch (PackDefinitionException e) {
            throw new PackDefinitionException(e.key(),
                    "'" + text + "' is neither a number such as 99.9 nor the word contract");
        }
    }

    private static CreditSchedule availabilityTiers(PackSection edition) {
        List<Object> rows = edition.list("tiers", "a list of rows such as {atLeast: 99, credit: 10}");
        List<AvailabilityTier> tiers = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            PackSection row = edition.row("tiers", i, rows.get(i), "{atLeast: 99, credit: 10}");
            row.allowOnly(AVAILABILITY_ROW_KEYS, "an AVAILABILITY_TIERS row");
            BigDecimal atLeast = row.decimal("atLeast");
            BigDecimal credit = row.decimal("credit");
            tiers.add(domain(row.path(), () -> new AvailabilityTier(atLeast, credit)));
        }
        PackSection breach = edition.section("breach", "a mapping such as {credit: 30, remedy: TERMINATION_REFUND}");
        breach.allowOnly(BREACH_KEYS, "breach");
        BigDecimal breachCredit = breach.decimal("credit");
        BreachRemedy remedy = breach.choice("remedy", BreachRemedy.class, "a remedy");
        return domain(edition.path(), () -> new AvailabilityTierSchedule(tiers, breachCredit, remedy));
    }

    private static CreditSchedule downtimeTiers(PackSection edition) {
        edition.forbid("breach", "is not used by DOWNTIME_TIERS: that schedule has no material breach");
        List<Object> rows = edition.list("tiers", "a list of rows such as {above: 43, upTo: 480, credit: 15}");
        List<DowntimeTier> tiers = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            PackSection row = edition.row("tiers", i, rows.get(i), "{above: 43, upTo: 480, credit: 15}");
            row.allowOnly(DOWNTIME_ROW_KEYS, "a DOWNTIME_TIERS row");
            long above = row.wholeNumber("above");
            OptionalLong upTo = row.has("upTo") ? OptionalLong.of(row.wholeNumber("upTo")) : OptionalLong.empty();
            BigDecimal credit = row.decimal("credit");
            tiers.add(domain(row.path(), () -> new DowntimeTier(above, upTo, credit)));
        }
        return domain(edition.path(), () -> new DowntimeTierSchedule(tiers));
    }

    private static CreditSchedule compliance(PackSection edition) {
        edition.forbid("tiers", "is not used by a NONE schedule: it reports compliance and earns no credit");
        edition.forbid("breach", "is not used by a NONE schedule: it reports compliance and earns no credit");
        return new ComplianceSchedule();
    }

    /** Builds a domain value, placing the key of any rule it breaks under {@code parent}. */
    private static <T> T domain(String parent, Supplier<T> construction) {
        try {
            return construction.get();
        } catch (PackDefinitionException e) {
            throw parent.isEmpty() ? e : e.under(parent);
        }
    }
}
