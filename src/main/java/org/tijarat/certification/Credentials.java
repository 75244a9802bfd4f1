package org.tijarat.certification;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The site's Open Badges documents, signed with the active key ({@link OpenBadges} builds them). */
@ApplicationScoped
public class Credentials {

    @Inject
    @ConfigProperty(name = "tijarat.base-url")
    private String baseUrl;

    @Inject
    @ConfigProperty(name = "tijarat.program-name")
    private String programName;

    @Inject
    private SigningKeys keys;

    private OpenBadges badges;

    @PostConstruct
    void init() {
        badges = new OpenBadges(baseUrl, programName);
    }

    public OpenBadges badges() {
        return badges;
    }

    public String signedCredential(Certificate certificate) {
        return badges.sign(badges.credential(certificate, certificate.getLearnerEmail()), keys.active());
    }

    public String signedStatusList(String purpose, int list, Collection<Integer> setIndexes, Instant now) {
        return badges.statusList(purpose, list, setIndexes, now, keys.active());
    }

    public Map<String, Object> issuerProfile() {
        return badges.issuerProfile();
    }

    public String jwks() {
        return keys.publicKeys().toString();
    }
}
