package org.tijarat.identity.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import org.tijarat.identity.EmployeeBand;
import org.tijarat.identity.Province;
import org.tijarat.identity.Role;
import org.tijarat.identity.Sector;
import org.tijarat.platform.Language;

/** {@code #{choices}}: the fixed lists that forms offer. */
@Named("choices")
@ApplicationScoped
public class Choices {

    public List<Province> getProvinces() {
        return List.of(Province.values());
    }

    public List<Sector> getSectors() {
        return List.of(Sector.values());
    }

    public List<EmployeeBand> getEmployeeBands() {
        return List.of(EmployeeBand.values());
    }

    public List<Role> getStaffRoles() {
        return List.of(Role.TRAINER, Role.ADMIN);
    }

    public List<Language> getLanguages() {
        return List.of(Language.values());
    }
}
