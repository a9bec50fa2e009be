package com.soegroup.accountability.audit;

import com.soegroup.accountability.shared.Scope;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What an area tells the audit log about its entries, so that an auditor reads the log within their scope:
 * which entries are about the area's records (a clue, a case, a person) and which of those the caller may see,
 * by the same scope and recusal as the area's own pages. Conditions are JPQL over the entry {@code a}.
 * <p>
 * An entry's object id names its record first: a case's number, alone or before {@code ':'} or {@code '/'} and a
 * part of it ({@code YBJT-HC-2026-0001:17}); {@link #KEY} is that first part. A recusal record
 * ({@value #INVOLVEMENT}) names the object's type and database id ({@code CLUE:42}).
 */
public interface AuditedRecords {

    String KEY = "CASE WHEN locate(':', a.objectId) > 0 THEN substring(a.objectId, 1, locate(':', a.objectId) - 1) "
            + "WHEN locate('/', a.objectId) > 0 THEN substring(a.objectId, 1, locate('/', a.objectId) - 1) "
            + "ELSE a.objectId END";

    /** The object type of the entry that records a person as involved in an object (org.InvolvementCheck). */
    String INVOLVEMENT = "INVOLVED_PERSON";

    /** The entry is about one of this area's records, whether or not the caller may see it. */
    String about();

    /** The entry is about one of this area's records that the scope may see. */
    Scope.Condition visible(Scope scope);

    /**
     * The entry is about one of this area's records that the caller is involved in (recusal, whatever their role;
     * never true for a caller without a person). Only areas with recusal answer more than nothing.
     */
    default Scope.Condition involved(Scope scope) {
        return new Scope.Condition("1 = 0", Map.of());
    }

    /** The negation of a condition (a recusal predicate turned into "is involved"). */
    static Scope.Condition not(Scope.Condition condition) {
        return new Scope.Condition("NOT (" + condition.jpql() + ")", condition.parameters());
    }

    /**
     * An area's records as entries name them: entries of {@code types} name a record's number first ({@link #KEY}),
     * found by {@code numberPath} of the query {@code from}; with a {@code recusalType}, the recusal records of
     * that object type name a record's id, found by {@code idPath}. Conditions handed to {@link #where} are JPQL
     * over the aliases of {@code from} (those of the area's repository).
     */
    record Numbered(Collection<String> types, String from, String numberPath, String recusalType, String idPath) {

        /** Records without recusal records of their own. */
        public Numbered(Collection<String> types, String from, String numberPath) {
            this(types, from, numberPath, null, null);
        }

        /** The same records under other entries' types (another area's, about them). */
        public Numbered under(Collection<String> otherTypes) {
            return new Numbered(otherTypes, from, numberPath);
        }

        /** The entry is about one of these records. */
        public String about() {
            return recusalType == null ? ofTypes(types) : "(" + ofTypes(types) + " OR " + involvementIn(recusalType) + ")";
        }

        /** The entry is about one of these records that the condition lets through. */
        public Scope.Condition where(Scope.Condition records) {
            String byNumber = "(" + ofTypes(types) + " AND EXISTS (SELECT 1 FROM " + from + " WHERE " + numberPath + " = "
                    + KEY + " AND " + records + "))";
            if (recusalType == null) {
                return new Scope.Condition(byNumber, records.parameters());
            }
            String byRecusal = "(" + involvementIn(recusalType) + " AND EXISTS (SELECT 1 FROM " + from + " WHERE "
                    + idPath + " = " + involvedId(recusalType) + " AND " + records + "))";
            return new Scope.Condition("(" + byNumber + " OR " + byRecusal + ")", records.parameters());
        }
    }

    /** The entry's object type is one of these (constants of the application, never input). */
    static String ofTypes(Collection<String> types) {
        return "COALESCE(a.objectType, '') IN (" + types.stream().map(t -> "'" + t.replace("'", "''") + "'")
                .collect(Collectors.joining(", ")) + ")";
    }

    /** The entry records a person as involved in an object of this type. */
    static String involvementIn(String objectType) {
        return "(COALESCE(a.objectType, '') = '" + INVOLVEMENT + "' AND COALESCE(a.objectId, '') LIKE '" + objectType + ":%')";
    }

    /**
     * The database id of the object of a recusal record about this type, null for any other entry: the CASE keeps
     * the cast away from object ids that are no number, whatever order the database evaluates the conditions in.
     */
    static String involvedId(String objectType) {
        return "CASE WHEN " + involvementIn(objectType) + " THEN cast(substring(a.objectId, " + (objectType.length() + 2)
                + ") as Long) END";
    }
}
