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
import com.slacredits.domain.support.BusinessCalendar;
import com.slacredits.domain.support.PriorityTargets;
import com.slacredits.domain.support.PublicHolidays;
import com.slacredits.domain.support.ResolutionStart;
import com.slacredits.domain.support.SupportCreditTerms;
import com.slacredits.domain.support.SupportTerms;
import com.slacredits.domain.support.WeeklyCalendar;
import com.slacredits.readers.InputFileException;
import com.slacredits.readers.IsoCountries;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
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
 * <p>The optional {@code support} and {@code calendars} sections and each edition's {@code support}
 * targets follow support-sla.md, section 3. A calendar's country must be one the holiday library knows,
 * so reading a pack takes the library; without it, a country is checked against ISO 3166 only.
 *
 * <p>The rules the domain owns (percentages in (0, 100], tier order, contiguous downtime rows, a claim
 * window with {@code REQUIRED}) are left to its constructors; their {@link PackDefinitionException}
 * comes out as an {@link InvalidPackException} with the key placed where it sits in the file.
 */
public final class PolicyPackFile {

    private static final List<String> PACK_KEYS = List.of("id", "name", "zone", "period", "minOutageMinutes",
            "excusedCauses", "maintenanceNotice", "maintenanceMaxMinutes", "claims", "claimWindow", "editions", "support",
            "calendars");
    private static final List<String> EDITION_KEYS = List.of("guarantee", "schedule", "tiers", "breach", "support");
    private static final List<String> SUPPORT_KEYS = List.of("priorities", "resolutionFrom", "credit");
    private static final List<String> CREDIT_KEYS = List.of("perMiss", "cap");
    private static final List<String> CALENDAR_KEYS = List.of("zone", "days", "opens", "closes", "holidays",
            "closedDays");
    private static final List<String> TARGET_KEYS = List.of("respond", "resolve", "calendar", "resolveCalendar");
    /** {@code zone: customer}, {@code holidays: customer}: the contract's support_zone and support_country. */
    private static final String CUSTOMER = "customer";
    private static final Pattern TIME_OF_DAY = Pattern.compile("[0-9]{2}:[0-9]{2}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");
    /** Business time has no days, and a target is whole minutes: hours and minutes only. */
    private static final Pattern TARGET = Pattern.compile("PT([0-9]+H)?([0-9]+M)?", Pattern.CASE_INSENSITIVE);
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
        return read(file, IsoCountries.WITHOUT_HOLIDAYS);
    }

    /**
     * Reads one pack file, checking its calendars' countries against the holiday library.
     *
     * @throws InvalidPackException when the file is not a valid pack, naming it without its folder
     * @throws InputFileException when the file cannot be read at all
     */
    public static PolicyPack read(Path file, PublicHolidays holidays) {
        String fileName = file.getFileName().toString();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new InvalidPackException(fileName, "(document)", "is not UTF-8 text", e);
        } catch (IOException e) {
            throw new InputFileException(fileName, fileName + " cannot be read: " + e.getMessage() + ".", e);
        }
        return read(fileName, text, holidays);
    }

    /**
     * Reads a pack from its text; {@code fileName} is what an error names.
     *
     * @throws InvalidPackException when the text is not a valid pack
     */
    public static PolicyPack read(String fileName, String text) {
        return read(fileName, text, IsoCountries.WITHOUT_HOLIDAYS);
    }

    /**
     * Reads a pack from its text, checking its calendars' countries against the holiday library;
     * {@code fileName} is what an error names.
     *
     * @throws InvalidPackException when the text is not a valid pack
     */
    public static PolicyPack read(String fileName, String text, PublicHolidays holidays) {
        Object document;
        try {
            document = yaml().load(text);
        } catch (MarkedYAMLException e) {
            throw new InvalidPackException(fileName, place(e), problemOf(e), e);
        } catch (YAMLException e) {
            throw new InvalidPackException(fileName, "(document)", "is not YAML: " + e.getMessage(), e);
        }
        try {
            return pack(PackSection.document(document), holidays);
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

    private static PolicyPack pack(PackSection pack, PublicHolidays holidays) {
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
        Optional<SupportTerms> support = support(pack, holidays);
        Map<String, EditionTerms> editions = editions(pack, support);
        ExcuseRule excuseRule = domain("", () -> new ExcuseRule(causes, notice, maxMinutes));
        return domain("", () -> new PolicyPack(id, name, zone, period, minOutageMinutes, excuseRule, claims,
                claimWindow, editions, support));
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

    private static Map<String, EditionTerms> editions(PackSection pack, Optional<SupportTerms> support) {
        PackSection editions = pack.section("editions", "a mapping from edition name to its guarantee and schedule");
        Map<String, EditionTerms> terms = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : editions.entries().entrySet()) {
            PackSection edition = editions.child(entry.getKey(), entry.getValue(),
                    "a mapping with a guarantee and a schedule");
            terms.put(entry.getKey(), edition(edition, support));
        }
        return terms;
    }

    private static EditionTerms edition(PackSection edition, Optional<SupportTerms> support) {
        edition.allowOnly(EDITION_KEYS, "an edition");
        Optional<BigDecimal> guarantee = guarantee(edition);
        ScheduleKind kind = edition.choice("schedule", ScheduleKind.class, "a schedule kind");
        CreditSchedule schedule = switch (kind) {
            case AVAILABILITY_TIERS -> availabilityTiers(edition);
            case DOWNTIME_TIERS -> downtimeTiers(edition);
            case NONE -> compliance(edition);
        };
        Map<String, PriorityTargets> targets = supportTargets(edition, support);
        return domain(edition.path(), () -> new EditionTerms(guarantee, schedule, targets));
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

    /** The {@code support} section and the {@code calendars} it counts on; neither without the other's priorities. */
    private static Optional<SupportTerms> support(PackSection pack, PublicHolidays holidays) {
        if (!pack.has("support")) {
            pack.forbid("calendars", "is only for a pack with a support section: add support with its priorities");
            return Optional.empty();
        }
        PackSection support = pack.section("support", "a mapping such as {priorities: [P1, P2], resolutionFrom: RESPONSE}");
        support.allowOnly(SUPPORT_KEYS, "support");
        List<String> priorities = new ArrayList<>();
        String prioritiesKey = support.keyOf("priorities");
        for (Object item : support.list("priorities", "a list of priorities, highest first, such as [P1, P2, P3]")) {
            priorities.add(PackSection.scalar(prioritiesKey, item));
        }
        ResolutionStart resolutionFrom = support.has("resolutionFrom")
                ? support.choice("resolutionFrom", ResolutionStart.class, "where the resolution clock starts")
                : ResolutionStart.RESPONSE;
        Optional<SupportCreditTerms> credit = support.has("credit")
                ? Optional.of(supportCredit(support.section("credit", "a mapping such as {perMiss: 5, cap: 20}")))
                : Optional.empty();
        Map<String, WeeklyCalendar> calendars = pack.has("calendars")
                ? calendars(pack.section("calendars", "a mapping from calendar name to its zone, days and hours"),
                        holidays)
                : Map.of();
        return Optional.of(domain("support", () -> new SupportTerms(priorities, resolutionFrom, credit, calendars)));
    }

    private static SupportCreditTerms supportCredit(PackSection credit) {
        credit.allowOnly(CREDIT_KEYS, "support.credit");
        BigDecimal perMiss = credit.decimal("perMiss");
        BigDecimal cap = credit.decimal("cap");
        return domain(credit.path(), () -> new SupportCreditTerms(perMiss, cap));
    }

    private static Map<String, WeeklyCalendar> calendars(PackSection calendars, PublicHolidays holidays) {
        Map<String, WeeklyCalendar> byName = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : calendars.entries().entrySet()) {
            String name = entry.getKey();
            if (name.equals(BusinessCalendar.ALWAYS_NAME)) {
                throw new PackDefinitionException(calendars.keyOf(name),
                        "is the built-in calendar of every instant: give the pack's calendar another name");
            }
            PackSection calendar = calendars.child(name, entry.getValue(),
                    "a mapping with zone, days, opens and closes");
            byName.put(name, calendar(name, calendar, holidays));
        }
        return byName;
    }

    private static WeeklyCalendar calendar(String name, PackSection calendar, PublicHolidays holidays) {
        calendar.allowOnly(CALENDAR_KEYS, "a calendar");
        String zoneText = calendar.text("zone");
        Optional<ZoneId> zone = zoneText.equals(CUSTOMER) ? Optional.empty()
                : Optional.of(calendarZone(calendar.keyOf("zone"), zoneText));
        Set<DayOfWeek> days = days(calendar);
        LocalTime opens = timeOfDay(calendar, "opens");
        LocalTime closes = timeOfDay(calendar, "closes");
        Optional<String> holidaysText = calendar.optionalText("holidays");
        boolean customerHolidays = holidaysText.filter(CUSTOMER::equals).isPresent();
        Optional<String> country = holidaysText.filter(text -> !customerHolidays)
                .map(text -> country(calendar.keyOf("holidays"), text, holidays));
        Set<LocalDate> closedDays = closedDays(calendar);
        return domain(calendar.path(), () -> new WeeklyCalendar(name, zone, days, opens, closes, country,
                customerHolidays, closedDays));
    }

    private static ZoneId calendarZone(String key, String text) {
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            throw new PackDefinitionException(key,
                    "'" + text + "' is not a time zone: use a region such as Europe/Amsterdam, or customer");
        }
    }

    private static Set<DayOfWeek> days(PackSection calendar) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        String key = calendar.keyOf("days");
        for (Object item : calendar.list("days", "a list of days such as [MONDAY, TUESDAY]")) {
            DayOfWeek day = PackSection.choice(key, PackSection.scalar(key, item), DayOfWeek.class, "a day of the week");
            if (!days.add(day)) {
                throw new PackDefinitionException(key, "lists " + day + " twice");
            }
        }
        return days;
    }

    private static LocalTime timeOfDay(PackSection calendar, String name) {
        String text = calendar.text(name);
        try {
            if (TIME_OF_DAY.matcher(text).matches()) {
                return LocalTime.parse(text);
            }
        } catch (DateTimeParseException e) {
            // falls through to the one sentence below
        }
        throw new PackDefinitionException(calendar.keyOf(name),
                "'" + text + "' is not a time of day written \"HH:MM\", such as \"09:00\"");
    }

    /** An ISO 3166 code the holiday library knows, upper case whatever the file wrote. */
    private static String country(String key, String text, PublicHolidays holidays) {
        if (!COUNTRY.matcher(text).matches() || !holidays.knows(text)) {
            throw new PackDefinitionException(key, "'" + text + "' is not a country the holiday library knows:"
                    + " use an ISO 3166 code such as NL, or customer");
        }
        return text.toUpperCase(Locale.ROOT);
    }

    private static Set<LocalDate> closedDays(PackSection calendar) {
        if (!calendar.has("closedDays")) {
            return Set.of();
        }
        Set<LocalDate> days = new HashSet<>();
        String key = calendar.keyOf("closedDays");
        for (Object item : calendar.list("closedDays", "a list of dates such as [2026-12-24]")) {
            String text = PackSection.scalar(key, item);
            try {
                days.add(LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                throw new PackDefinitionException(key, "'" + text + "' is not a date written YYYY-MM-DD");
            }
        }
        return days;
    }

    /** An edition's {@code support}: the targets of each priority it maps, on calendars of the pack. */
    private static Map<String, PriorityTargets> supportTargets(PackSection edition, Optional<SupportTerms> support) {
        if (!edition.has("support")) {
            return Map.of();
        }
        if (support.isEmpty()) {
            throw new PackDefinitionException(edition.keyOf("support"),
                    "needs a support section at the top of the pack, with its priorities");
        }
        PackSection section = edition.section("support", "a mapping from priority to its targets");
        Map<String, PriorityTargets> targets = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : section.entries().entrySet()) {
            String priority = entry.getKey();
            if (!support.get().lists(priority)) {
                throw new PackDefinitionException(section.keyOf(priority), "is not a priority of support.priorities ("
                        + String.join(", ", support.get().priorities()) + ")");
            }
            PackSection row = section.child(priority, entry.getValue(),
                    "a mapping such as {respond: PT1H, resolve: PT8H, calendar: office}");
            targets.put(priority, priorityTargets(row, support.get()));
        }
        return targets;
    }

    private static PriorityTargets priorityTargets(PackSection row, SupportTerms support) {
        row.allowOnly(TARGET_KEYS, "a priority's targets");
        Optional<Duration> respond = row.optionalText("respond").map(text -> target(row.keyOf("respond"), text));
        Optional<Duration> resolve = row.optionalText("resolve").map(text -> target(row.keyOf("resolve"), text));
        BusinessCalendar calendar = calendarNamed(row, "calendar", support);
        Optional<BusinessCalendar> resolveCalendar = row.has("resolveCalendar")
                ? Optional.of(calendarNamed(row, "resolveCalendar", support))
                : Optional.empty();
        return domain(row.path(), () -> new PriorityTargets(respond, resolve, calendar, resolveCalendar));
    }

    private static BusinessCalendar calendarNamed(PackSection row, String name, SupportTerms support) {
        String text = row.text(name);
        return support.calendar(text).orElseThrow(() -> {
            List<String> names = new ArrayList<>(List.of(BusinessCalendar.ALWAYS_NAME));
            names.addAll(support.calendars().keySet());
            return new PackDefinitionException(row.keyOf(name),
                    "'" + text + "' is not a calendar of the pack: use " + PackSection.choices(names));
        });
    }

    /** A duration of open calendar time in whole minutes, written with hours and minutes only. */
    private static Duration target(String key, String text) {
        Duration target;
        try {
            target = Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw new PackDefinitionException(key, "'" + text + "' is not an ISO-8601 duration such as PT8H or PT1H30M");
        }
        String upper = text.toUpperCase(Locale.ROOT);
        int time = upper.indexOf('T');
        if ((time < 0 ? upper : upper.substring(0, time)).contains("D")) {
            throw new PackDefinitionException(key, "'" + text + "' has days, and business time has none:"
                    + " write hours, such as PT24H");
        }
        if (upper.contains("S")) {
            throw new PackDefinitionException(key, "'" + text + "' has seconds: a target is whole minutes");
        }
        if (target.isNegative() || target.isZero()) {
            throw new PackDefinitionException(key, "'" + text + "' must be above zero");
        }
        if (!TARGET.matcher(text).matches()) {
            throw new PackDefinitionException(key, "'" + text + "' must be written with hours and minutes only,"
                    + " such as PT8H, PT90M or PT1H30M");
        }
        return target;
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
