package com.slacredits.readers;

import com.slacredits.domain.Contract;
import com.slacredits.domain.EditionTerms;
import com.slacredits.domain.PolicyCatalog;
import com.slacredits.domain.PolicyPack;
import com.slacredits.domain.ServiceGroup;
import com.slacredits.domain.StatementFileName;
import com.slacredits.domain.support.PublicHolidays;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Rows of {@code contracts.csv}. An empty policy reads as {@link PolicyCatalog#DEFAULT_POLICY_ID}; an
 * empty customer email as the empty string. The edition must be one of the pack's, and
 * {@code guarantee_pct} must be given exactly when the pack takes the edition's guarantee from the
 * contract (policy packs, section 3).
 *
 * <p>{@code support_zone} and {@code support_country} give the customer's own support hours (support SLAs,
 * sections 2 and 3): a zone that is not an IANA zone, or a country the holiday library does not know, rejects
 * the row whether or not its edition uses them, and an edition that counts targets in the customer's zone
 * needs a support_zone.
 */
public final class ContractRows implements RowFormat<Contract> {

    public static final Columns COLUMNS = new Columns(
            List.of("contract_id", "customer_id", "customer_name", "edition", "service_id", "annual_fee", "currency",
                    "start_date"),
            List.of("customer_email", "end_date", "policy", "guarantee_pct", "support_zone", "support_country"));

    private static final Set<String> IANA_ZONES = ZoneId.getAvailableZoneIds();
    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");

    private final PolicyCatalog policies;
    private final PublicHolidays holidays;

    /**
     * A support_country is checked against ISO 3166 only: for callers that do not pass the holiday library yet.
     *
     * @param policies the packs a contract may name; any other policy id rejects the row
     */
    public ContractRows(PolicyCatalog policies) {
        this(policies, IsoCountries.WITHOUT_HOLIDAYS);
    }

    /**
     * @param policies the packs a contract may name; any other policy id rejects the row
     * @param holidays the holiday library, which must know a support_country
     */
    public ContractRows(PolicyCatalog policies, PublicHolidays holidays) {
        this.policies = Objects.requireNonNull(policies, "policies");
        this.holidays = Objects.requireNonNull(holidays, "holidays");
    }

    @Override
    public Columns columns() {
        return COLUMNS;
    }

    /** A claim on a contract whose row is rejected waits for a good row (credit rules, section 7). */
    @Override
    public Optional<String> keyColumn() {
        return Optional.of("contract_id");
    }

    @Override
    public RowMapper<Contract> bind(Header header) {
        Column contractId = header.column("contract_id");
        Column customerId = header.column("customer_id");
        Column customerName = header.column("customer_name");
        Column customerEmail = header.column("customer_email");
        Column edition = header.column("edition");
        Column serviceId = header.column("service_id");
        Column annualFee = header.column("annual_fee");
        Column currency = header.column("currency");
        Column startDate = header.column("start_date");
        Column endDate = header.column("end_date");
        Column policy = header.column("policy");
        Column guarantee = header.column("guarantee_pct");
        Column supportZone = header.column("support_zone");
        Column supportCountry = header.column("support_country");
        return fields -> {
            String id = contractId.text(fields);
            String customer = customerId.text(fields);
            if (!StatementFileName.fits(customer)) {
                throw customerId.rejected("is too long to name its statement file (255 bytes once escaped)");
            }
            String name = customerName.text(fields);
            String email = customerEmail.optionalText(fields);
            String service = serviceId.text(fields);
            if (!ServiceGroup.isWellFormed(service)) {
                throw serviceId.rejected("is not a service or a group of distinct services joined by |", service);
            }
            Currency money = currency.currency(fields);
            BigDecimal fee = annualFee.positiveAmount(fields, money);
            LocalDate start = startDate.date(fields);
            Optional<LocalDate> end = endDate.optionalDate(fields);
            if (end.isPresent() && end.get().isBefore(start)) {
                throw new RowRejected("end_date " + end.get() + " is before start_date " + start);
            }
            String policyId = policy.isBlank(fields) ? PolicyCatalog.DEFAULT_POLICY_ID : policy.raw(fields);
            PolicyPack pack = policies.find(policyId).orElseThrow(() -> policy.rejected("names an unknown policy pack",
                    policyId));
            String chosenEdition = edition.text(fields);
            EditionTerms terms = pack.edition(chosenEdition).orElseThrow(() -> edition.rejected(
                    "is not an edition of policy pack " + policyId + " (" + String.join(", ",
                            new TreeSet<>(pack.editions().keySet())) + ")", chosenEdition));
            Optional<BigDecimal> ownGuarantee = guarantee.optionalDecimal(fields);
            Optional<String> guaranteeProblem = terms.problemWith(ownGuarantee);
            if (guaranteeProblem.isPresent()) {
                throw guarantee.rejected(guaranteeProblem.get() + " (edition " + chosenEdition + " of " + policyId + ")");
            }
            Optional<ZoneId> zone = zone(supportZone, fields);
            Optional<String> country = country(supportCountry, fields);
            if (zone.isEmpty() && terms.needsSupportZone()) {
                throw supportZone.rejected("is required: edition " + chosenEdition + " of " + policyId
                        + " counts support targets in the customer's own hours");
            }
            return new Contract(id, customer, name, email, chosenEdition, service, fee, money, start, end, policyId,
                    ownGuarantee, Optional.empty(), zone, country);
        };
    }

    /** An IANA region such as Europe/Amsterdam, as written: not an offset, nor a name java.time merely accepts. */
    private static Optional<ZoneId> zone(Column column, String[] fields) throws RowRejected {
        String value = column.optionalText(fields);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (!IANA_ZONES.contains(value)) {
            throw column.rejected("is not an IANA time zone such as Europe/Amsterdam", value);
        }
        return Optional.of(ZoneId.of(value));
    }

    private Optional<String> country(Column column, String[] fields) throws RowRejected {
        String value = column.optionalText(fields);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (!COUNTRY.matcher(value).matches() || !holidays.knows(value)) {
            throw column.rejected("is not a two-letter country code the holiday library knows", value);
        }
        return Optional.of(value);
    }
}
