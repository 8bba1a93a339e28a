package id.kecamatan.kinerja.base;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.util.Objects;
import org.hibernate.Hibernate;
import org.jspecify.annotations.Nullable;

/**
 * Id and optimistic-locking version of every entity a user edits.
 * Equality is by id only, and the hash code does not change when an entity is persisted,
 * so an entity stays findable in a grid or a set while it is being edited.
 */
@MappedSuperclass
public abstract class AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    /** None until the entity is first saved (the database generates it). */
    public @Nullable Long getId() {
        return id;
    }

    /**
     * The id of an entity read from or saved to the database, where there must be one: asking a new, unsaved
     * entity is a programming error. Final and through {@link #getId()}, so that on a lazy proxy it reads the id
     * without loading the row, as {@code getId()} does.
     */
    public final Long idTersimpan() {
        return Objects.requireNonNull(getId(), () -> getClass().getSimpleName() + " belum disimpan");
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || Hibernate.getClass(this) != Hibernate.getClass(other)) {
            return false;
        }
        return id != null && id.equals(((AbstractEntity) other).getId());
    }

    @Override
    public int hashCode() {
        return Hibernate.getClass(this).hashCode();
    }
}
