package org.schooljournal.adapter.oneroster;

import static org.schooljournal.adapter.oneroster.Column.Kind.DATE;
import static org.schooljournal.adapter.oneroster.Column.Kind.DATE_TIME;
import static org.schooljournal.adapter.oneroster.Column.Kind.LIST;
import static org.schooljournal.adapter.oneroster.Column.Kind.YEAR;
import static org.schooljournal.adapter.oneroster.Column.enumeration;
import static org.schooljournal.adapter.oneroster.Column.of;
import static org.schooljournal.adapter.oneroster.Column.reference;
import static org.schooljournal.adapter.oneroster.Column.references;
import static org.schooljournal.adapter.oneroster.Column.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The files of the OneRoster 1.2 CSV binding this adapter exchanges, each with its columns in the
 * binding's order and its enumerations — the one place that knows them (1EdTech, "OneRoster 1.2
 * CSV Tables", the table of each file; EXC-1). Every file starts
 * {@code sourcedId,status,dateLastModified}; a column whose header starts {@code metadata.} is an
 * extension the binding allows after the standard columns.
 *
 * <p>The gradebook's files (categories, lineItems, results, scoreScales) and the resources' files
 * are not exchanged yet; the manifest names them {@code absent}.
 */
public enum OneRosterFile {

    /** The academic sessions: the school year and its study periods. */
    ACADEMIC_SESSIONS("academicSessions",
            text("title", true),
            enumeration("type", true, "gradingPeriod", "semester", "schoolYear", "term"),
            of("startDate", true, DATE),
            of("endDate", true, DATE),
            reference("parentSourcedId", false, "academicSessions"),
            of("schoolYear", true, YEAR)),

    /** The classes: a homeroom class per class of the school, a scheduled class per journal. */
    CLASSES("classes",
            text("title", true),
            of("grades", false, LIST),
            reference("courseSourcedId", true, "courses"),
            text("classCode", false),
            enumeration("classType", true, "homeroom", "scheduled"),
            text("location", false),
            reference("schoolSourcedId", true, "orgs"),
            references("termSourcedIds", true, "academicSessions"),
            of("subjects", false, LIST),
            of("subjectCodes", false, LIST),
            of("periods", false, LIST)),

    /** The courses: a subject of the curriculum, and the homeroom course of the homeroom classes. */
    COURSES("courses",
            reference("schoolYearSourcedId", false, "academicSessions"),
            text("title", true),
            text("courseCode", false),
            of("grades", false, LIST),
            reference("orgSourcedId", true, "orgs"),
            of("subjects", false, LIST),
            of("subjectCodes", false, LIST)),

    /** The demographics: a pupil's date of birth (the school holds no other). */
    DEMOGRAPHICS("demographics",
            of("birthDate", false, DATE),
            enumeration("sex", false, "male", "female", "unspecified", "other"),
            enumeration("americanIndianOrAlaskaNative", false, "true", "false"),
            enumeration("asian", false, "true", "false"),
            enumeration("blackOrAfricanAmerican", false, "true", "false"),
            enumeration("nativeHawaiianOrOtherPacificIslander", false, "true", "false"),
            enumeration("white", false, "true", "false"),
            enumeration("demographicRaceTwoOrMoreRaces", false, "true", "false"),
            enumeration("hispanicOrLatinoEthnicity", false, "true", "false"),
            text("countryOfBirthCode", false),
            text("stateOfBirthAbbreviation", false),
            text("cityOfBirth", false),
            text("publicSchoolResidenceStatus", false)),

    /** The enrollments: who is in which class, as a pupil or as its teacher, from when to when. */
    ENROLLMENTS("enrollments",
            reference("classSourcedId", true, "classes"),
            reference("schoolSourcedId", true, "orgs"),
            reference("userSourcedId", true, "users"),
            enumeration("role", true, "administrator", "proctor", "student", "teacher"),
            enumeration("primary", false, "true", "false"),
            of("beginDate", false, DATE),
            of("endDate", false, DATE)),

    /** The organisations: the school. */
    ORGS("orgs",
            text("name", true),
            enumeration("type", true, "department", "school", "district", "local", "state", "national"),
            text("identifier", false),
            reference("parentSourcedId", false, "orgs")),

    /** The roles of users in organisations: staff, pupils and guardians. */
    ROLES("roles",
            reference("userSourcedId", true, "users"),
            enumeration("roleType", true, "primary", "secondary"),
            enumeration("role", true, "aide", "counselor", "districtAdministrator", "guardian", "parent",
                    "principal", "proctor", "relative", "siteAdministrator", "student", "systemAdministrator",
                    "teacher"),
            of("beginDate", false, DATE),
            of("endDate", false, DATE),
            reference("orgSourcedId", true, "orgs"),
            text("userProfileSourcedId", false)),

    /** The users: staff, pupils and guardians, a guardian's pupils and a pupil's guardians as agents. */
    USERS("users",
            enumeration("enabledUser", true, "true", "false"),
            text("username", false),
            of("userIds", false, LIST),
            text("givenName", true),
            text("familyName", true),
            text("middleName", false),
            text("identifier", false),
            text("email", false),
            text("sms", false),
            text("phone", false),
            references("agentSourcedIds", false, "users"),
            of("grades", false, LIST),
            text("password", false),
            text("userMasterIdentifier", false),
            of("resourceSourcedIds", false, LIST),
            text("preferredGivenName", false),
            text("preferredMiddleName", false),
            text("preferredFamilyName", false),
            reference("primaryOrgSourcedId", false, "orgs"),
            text("pronouns", false));

    /** The values of the manifest's {@code file.<x>} properties. */
    public static final List<String> MODES = List.of("absent", "bulk", "delta");

    private final String name;
    private final List<Column> columns;

    OneRosterFile(String name, Column... own) {
        this.name = name;
        List<Column> all = new ArrayList<>();
        all.add(text("sourcedId", true));
        all.add(enumeration("status", false, "active", "tobedeleted"));
        all.add(of("dateLastModified", false, DATE_TIME));
        all.addAll(Arrays.asList(own));
        this.columns = List.copyOf(all);
    }

    /** Returns the file's name without its extension, as the manifest's {@code file.<name>} names it. */
    public String fileName() {
        return name;
    }

    /** Returns the name of the file in the zip: {@code <name>.csv}. */
    public String entryName() {
        return name + ".csv";
    }

    /** Returns the columns in the binding's order, {@code sourcedId,status,dateLastModified} first. */
    public List<Column> columns() {
        return columns;
    }

    /** Returns the headers in the binding's order. */
    public List<String> headers() {
        return columns.stream().map(Column::name).toList();
    }

    /** Returns the column of that header, if the file has one. */
    public Optional<Column> column(String header) {
        return columns.stream().filter(column -> column.name().equals(header)).findFirst();
    }

    /** Returns the file of that name ({@code users}), if the binding has one this adapter knows. */
    public static Optional<OneRosterFile> named(String fileName) {
        return Arrays.stream(values()).filter(file -> file.name.equals(fileName)).findFirst();
    }

    /**
     * Returns every file name the 1.2 binding's manifest lists, in the binding's order, including
     * those this adapter leaves {@code absent}.
     */
    public static List<String> manifestFiles() {
        return List.of("academicSessions", "categories", "classes", "classResources", "courses", "courseResources",
                "demographics", "enrollments", "lineItemLearningObjectiveIds", "lineItems", "lineItemScoreScales", "orgs",
                "resources", "resultLearningObjectiveIds", "results", "resultScoreScales", "roles", "scoreScales",
                "userProfiles", "userResources", "users");
    }
}
