package com.slacredits.readers.policy;

import com.slacredits.domain.PolicyCatalog;
import com.slacredits.domain.PolicyPack;
import com.slacredits.domain.support.PublicHolidays;
import com.slacredits.readers.InputFileException;
import com.slacredits.readers.IsoCountries;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every policy pack a run knows (policy packs, section 1): the five built-in packs shipped as
 * resources beside this class, then every {@code *.yaml} file of the {@code --policies} folder in
 * the order of their names. A pack's id must be unique across all of them.
 *
 * <p>A pack's calendars name countries whose public holidays close them (support SLAs, section 2): a
 * run passes the holiday library, which must know each country. The entry points without it check a
 * country against ISO 3166 only, for callers that do not have the library yet.
 */
public final class PolicyLibrary {

    /** The built-in packs, each read from the resource {@code <id>.yaml} of this package. */
    public static final List<String> BUILT_IN_IDS = List.of("standard-2024", "iot-cloud-2022", "cpaas-2024", "plm-2022",
            "pricing-saas-2018");

    private static final String PACK_FILES = "*.yaml";

    private PolicyLibrary() {
    }

    /**
     * The built-in packs and those of {@code policiesDir}, when given.
     *
     * @throws InvalidPackException when a pack file is invalid, or reuses an id: the later file is named
     * @throws InputFileException when the folder does not exist or cannot be listed
     */
    public static PolicyCatalog load(Optional<Path> policiesDir) {
        return load(policiesDir, IsoCountries.WITHOUT_HOLIDAYS);
    }

    /**
     * The built-in packs and those of {@code policiesDir}, when given, their calendars' countries checked
     * against the holiday library.
     *
     * @throws InvalidPackException when a pack file is invalid, or reuses an id: the later file is named
     * @throws InputFileException when the folder does not exist or cannot be listed
     */
    public static PolicyCatalog load(Optional<Path> policiesDir, PublicHolidays holidays) {
        List<PolicyPack> packs = new ArrayList<>(builtIn(holidays));
        Map<String, String> sourceOfId = new HashMap<>();
        for (PolicyPack pack : packs) {
            sourceOfId.put(pack.id(), "a built-in pack");
        }
        if (policiesDir.isPresent()) {
            for (Path file : packFiles(policiesDir.get())) {
                String fileName = file.getFileName().toString();
                PolicyPack pack = PolicyPackFile.read(file, holidays);
                String earlier = sourceOfId.putIfAbsent(pack.id(), "the pack of " + fileName);
                if (earlier != null) {
                    throw new InvalidPackException(fileName, "id",
                            "'" + pack.id() + "' is already the id of " + earlier + ": ids must be unique");
                }
                packs.add(pack);
            }
        }
        return new PolicyCatalog(packs);
    }

    /** The five packs that ship inside the jar, in the order of {@link #BUILT_IN_IDS}. */
    public static List<PolicyPack> builtIn() {
        return builtIn(IsoCountries.WITHOUT_HOLIDAYS);
    }

    /** The five packs that ship inside the jar, their calendars' countries checked against the holiday library. */
    public static List<PolicyPack> builtIn(PublicHolidays holidays) {
        return BUILT_IN_IDS.stream().map(id -> builtIn(id, holidays)).toList();
    }

    /** One built-in pack by its id. */
    public static PolicyPack builtIn(String id) {
        return builtIn(id, IsoCountries.WITHOUT_HOLIDAYS);
    }

    /** One built-in pack by its id, its calendars' countries checked against the holiday library. */
    public static PolicyPack builtIn(String id, PublicHolidays holidays) {
        if (!BUILT_IN_IDS.contains(id)) {
            throw new IllegalArgumentException(id + " is not a built-in pack: they are " + BUILT_IN_IDS);
        }
        String resource = id + ".yaml";
        PolicyPack pack;
        try (InputStream in = PolicyLibrary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the built-in pack " + resource + " is missing from the jar");
            }
            pack = PolicyPackFile.read(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8), holidays);
        } catch (IOException e) {
            throw new UncheckedIOException("the built-in pack " + resource + " cannot be read", e);
        }
        if (!pack.id().equals(id)) {
            throw new IllegalStateException("the built-in pack " + resource + " has the id " + pack.id());
        }
        return pack;
    }

    /** The folder's regular {@code *.yaml} files, sorted by name. */
    private static List<Path> packFiles(Path dir) {
        String name = dir.getFileName() == null ? dir.toString() : dir.getFileName().toString();
        if (!Files.isDirectory(dir)) {
            throw new InputFileException(name, "The policies folder " + dir + " does not exist or is not a folder.");
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, PACK_FILES)) {
            for (Path entry : entries) {
                if (Files.isRegularFile(entry)) {
                    files.add(entry);
                }
            }
        } catch (IOException e) {
            throw new InputFileException(name, "The policies folder " + dir + " cannot be listed: " + e.getMessage() + ".", e);
        }
        files.sort(Comparator.comparing(file -> file.getFileName().toString()));
        return files;
    }
}
