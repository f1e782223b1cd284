package com.slacredits.readers.policy;

import com.slacredits.domain.PolicyCatalog;
import com.slacredits.domain.PolicyPack;
import com.slacredits.readers.InputFileException;
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
 * Every policy pack a run knows (policy packs, section 1): the four built-in packs shipped as
 * resources beside this class, then every {@code *.yaml} file of the {@code --policies} folder in
 * the order of their names. A pack's id must be unique across all of them.
 */
public final class PolicyLibrary {

    /** The built-in packs, each read from the resource {@code <id>.yaml} of this package. */
    public static final List<String> BUILT_IN_IDS = List.of("standard-2024", "iot-cloud-2022", "cpaas-2024", "plm-2022");

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
        List<PolicyPack> packs = new ArrayList<>(builtIn());
        Map<String, String> sourceOfId = new HashMap<>();
        for (PolicyPack pack : packs) {
            sourceOfId.put(pack.id(), "a built-in pack");
        }
        if (policiesDir.isPresent()) {
            for (Path file : packFiles(policiesDir.get())) {
                String fileName = file.getFileName().toString();
                PolicyPack pack = PolicyPackFile.read(file);
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

    /** The four packs that ship inside the jar, in the order of {@link #BUILT_IN_IDS}. */
    public static List<PolicyPack> builtIn() {
        return BUILT_IN_IDS.stream().map(PolicyLibrary::builtIn).toList();
    }

    /** One built-in pack by its id. */
    public static PolicyPack builtIn(String id) {
        if (!BUILT_IN_IDS.contains(id)) {
            throw new IllegalArgumentException(id + " is not a built-in pack: they are " + BUILT_IN_IDS);
        }
        String resource = id + ".yaml";
        PolicyPack pack;
        try (InputStream in = PolicyLibrary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the built-in pack " + resource + " is missing from the jar");
            }
            pack = PolicyPackFile.read(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
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
