package id.kecamatan.kinerja.base.audit;

import org.hibernate.envers.RevisionListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Stamps each revision with the signed-in user, or "sistem" for the plan importer and jobs. */
public class PencatatRevisi implements RevisionListener {

    public static final String SISTEM = "sistem";

    @Override
    public void newRevision(Object revisionEntity) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        ((Revisi) revisionEntity).setPengguna(auth != null && auth.isAuthenticated() ? auth.getName() : SISTEM);
    }
}
