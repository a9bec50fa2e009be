package com.soegroup.accountability.org;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An enterprise of the group tree (集团公司 → 权属企业, any depth). Its {@code path} lists the ids from the
 * root down to itself ("/1/7/12/"): scope is a prefix match on it, so it always follows the current tree.
 */
@Entity
@Table(name = "enterprise")
public class Enterprise {

    @Id
    private Long id;

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Column(name = "short_name")
    private String shortName;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Enterprise parent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EnterpriseType type;

    private String uscc;

    @Column(name = "owner_institution")
    private String ownerInstitution;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EnterpriseStatus status = EnterpriseStatus.ACTIVE;

    @Column(name = "status_date")
    private LocalDate statusDate;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "merged_into_id")
    private Enterprise mergedInto;

    @Column(nullable = false)
    private String path;

    @Version
    private int version;

    protected Enterprise() {
    }

    Enterprise(long id, String code, Enterprise parent, EnterpriseData data) {
        this.id = id;
        this.code = code;
        this.parent = parent;
        this.path = (parent == null ? "/" : parent.path) + id + "/";
        apply(data);
    }

    /** Sets the descriptive attributes; parent and status change only through restructuring. */
    void apply(EnterpriseData data) {
        this.fullName = data.fullName();
        this.shortName = data.shortName();
        this.type = data.type();
        this.uscc = data.uscc();
        this.ownerInstitution = data.ownerInstitution();
    }

    boolean sameData(EnterpriseData data) {
        return Objects.equals(fullName, data.fullName()) && Objects.equals(shortName, data.shortName())
                && type == data.type() && Objects.equals(uscc, data.uscc())
                && Objects.equals(ownerInstitution, data.ownerInstitution());
    }

    EnterpriseData data() {
        return new EnterpriseData(fullName, shortName, type, uscc, ownerInstitution);
    }

    /** Re-parents this enterprise; the caller rewrites the paths of the whole subtree (see EnterpriseRepository). */
    void moveUnder(Enterprise newParent) {
        this.parent = newParent;
        this.path = newParent.path + id + "/";
    }

    void mergeInto(Enterprise target, LocalDate date) {
        this.status = EnterpriseStatus.MERGED;
        this.statusDate = date;
        this.mergedInto = target;
    }

    void close(LocalDate date) {
        this.status = EnterpriseStatus.CLOSED;
        this.statusDate = date;
    }

    public boolean isActive() {
        return status == EnterpriseStatus.ACTIVE;
    }

    /** Whether {@code other} is this enterprise or below it. */
    public boolean contains(Enterprise other) {
        return other.path.startsWith(path);
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String fullName() {
        return fullName;
    }

    public String shortName() {
        return shortName;
    }

    public Enterprise parent() {
        return parent;
    }

    public EnterpriseType type() {
        return type;
    }

    public String uscc() {
        return uscc;
    }

    public String ownerInstitution() {
        return ownerInstitution;
    }

    public EnterpriseStatus status() {
        return status;
    }

    public LocalDate statusDate() {
        return statusDate;
    }

    public Enterprise mergedInto() {
        return mergedInto;
    }

    public String path() {
        return path;
    }

    public int depth() {
        return (int) path.chars().filter(c -> c == '/').count() - 2;
    }

    public int version() {
        return version;
    }
}
