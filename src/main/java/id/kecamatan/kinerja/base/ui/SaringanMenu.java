package id.kecamatan.kinerja.base.ui;

/**
 * A feature's say on whether the signed-in user's menu shows one of its pages, where the data and not the role
 * decides who may open it (the LKjIP texts: the jabatan named as their author). Implemented by the features, so the
 * layout asks them without depending on any; the page itself still refuses whoever it does not let in.
 */
public interface SaringanMenu {

    /** False to leave out the entry of this path (as in {@code @Route}) for the signed-in user. */
    boolean tampilkan(String path);
}
