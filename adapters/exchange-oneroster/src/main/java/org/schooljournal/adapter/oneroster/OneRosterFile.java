package org.schooljournal.adapter.oneroster;

import static org.schooljournal.adapter.oneroster.Column.Kind.DATE;
import static org.schooljournal.adapter.oneroster.Column.Kind.DATE_TIME;
import static org.schooljournal.adapter.oneroster.Column.Kind.FLOAT;
import static org.schooljournal.adapter.oneroster.Column.Kind.INTEGER;
import static org.schooljournal.adapter.oneroster.Column.Kind.LIST;
import static org.schooljournal.adapter.oneroster.Column.Kind.YEAR;
import static org.schooljournal.adapter.oneroster.Column.enumeration;
import static org.schooljournal.adapter.oneroster.Column.of;
import static org.schooljournal.adapter.oneroster.Column.reference;
import static org.schooljournal.adapter.oneroster.Column.references;
import static org.schooljournal.adapter.oneroster.Column.text;
import static org.schooljournal.adapter.oneroster.Column.vocabulary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The files of the OneRoster 1.2 CSV binding, each with its columns in the binding's order, which
 * are required, and its enumerations — the one place that knows them (EXC-1). The source is the
 * binding itself: 1EdTech, "OneRoster: CSV Binding", Final Release 1.2 (6 June 2022), §3 "CSV
 * Format", one table per file (§3.2–§3.22), as published at imsjapan.github.io/or12.html. Version
 * 1.2.1 (22 August 2023, imsglobal.org/spec/oneroster/v1p2/bind/csv/) is the 1.2 binding with its
 * errata; its tables were not at hand, so a change it made to one is not reflected here
 * (docs/exchange.md). Every file starts {@code sourcedId,status,dateLastModified}: status and dateLastModified
 * are "Yes for Delta" — blank in a bulk file, required in a delta file — which
 * {@link BindingCheck} applies by the manifest's mode. A column whose header starts
 * {@code metadata.} is an extension the binding allows after its own (§4.1.1).
 *
 * <p>The constants are in the binding's order of files (the manifest's, §3.1). The export writes the
 * rostering and gradebook files; the import reads the rostering files and only checks the others
 * (docs/exchange.md).
 */
public enum OneRosterFile {

    /** §3.2: the academic sessions, the school year and its study periods. */
    ACADEMIC_SESSIONS("academicSessions",
            text("title", true),
            vocabulary("type", true, "gradingPeriod", "semester", "schoolYear", "term"),
            of("startDate", true, DATE),
            of("endDate", true, DATE),
            reference("parentSourcedId", false, "academicSessions"),
            of("schoolYear", true, YEAR)),

    /** §3.3: the categories of line items; here the kinds of work, and the period marks. */
    CATEGORIES("categories",
            text("title", true),
            of("weight", false, INTEGER)),

    /** §3.4: the classes: a homeroom class per class of the school, a scheduled class per journal. */
    CLASSES("classes",
            text("title", true),
            of("grades", false, LIST),
            reference("courseSourcedId", true, "courses"),
            text("classCode", false),
            vocabulary("classType", true, "homeroom", "scheduled"),
            text("location", false),
            reference("schoolSourcedId", true, "orgs"),
            references("termSourcedIds", true, "academicSessions"),
            of("subjects", false, LIST),
            of("subjectCodes", false, LIST),
            of("periods", false, LIST)),

    /** §3.5: the resources of classes; not exchanged. */
    CLASS_RESOURCES("classResources",
            text("title", false),
            reference("classSourcedId", true, "classes"),
            reference("resourceSourcedId", true, "resources")),

    /** §3.7: the courses: a subject of the curriculum, and the homeroom course of the homeroom classes. */
    COURSES("courses",
            reference("schoolYearSourcedId", false, "academicSessions"),
            text("title", true),
            text("courseCode", false),
            of("grades", false, LIST),
            reference("orgSourcedId", true, "orgs"),
            of("subjects", false, LIST),
            of("subjectCodes", false, LIST)),

    /** §3.6: the resources of courses; not exchanged. */
    COURSE_RESOURCES("courseResources",
            text("title", false),
            reference("courseSourcedId", true, "courses"),
            reference("resourceSourcedId", true, "resources")),

    /** §3.8: the demographics: a pupil's date of birth (the school holds no other); its sourcedId is the user's. */
    DEMOGRAPHICS("demographics",
            of("birthDate", false, DATE),
            vocabulary("sex", false, "male", "female", "unspecified", "other"),
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

    /** §3.9: the enrollments: who is in which class, as a pupil or as its teacher, from when to when. */
    ENROLLMENTS("enrollments",
            reference("classSourcedId", true, "classes"),
            reference("schoolSourcedId", true, "orgs"),
            reference("userSourcedId", true, "users"),
            vocabulary("role", true, "administrator", "proctor", "student", "teacher"),
            enumeration("primary", false, "true", "false"),
            of("beginDate", false, DATE),
            of("endDate", false, DATE)),

    /** §3.10: the learning objectives of line items; not exchanged. */
    LINE_ITEM_LEARNING_OBJECTIVE_IDS("lineItemLearningObjectiveIds",
            reference("lineItemSourcedId", true, "lineItems"),
            vocabulary("source", true, "case", "unknown"),
            text("learningObjectiveId", true)),

    /** §3.11: the line items of the gradebook; here a journal's work of one kind on one lesson, and its period marks. */
    LINE_ITEMS("lineItems",
            text("title", true),
            text("description", false),
            of("assignDate", true, DATE),
            of("dueDate", true, DATE),
            reference("classSourcedId", true, "classes"),
            reference("categorySourcedId", true, "categories"),
            reference("academicSessionSourcedId", true, "academicSessions"),
            of("resultValueMin", false, FLOAT),
            of("resultValueMax", false, FLOAT),
            reference("schoolSourcedId", true, "orgs")),

    /** §3.12: the score scale of each line item. */
    LINE_ITEM_SCORE_SCALES("lineItemScoreScales",
            text("title", false),
            reference("lineItemSourcedId", true, "lineItems"),
            reference("scoreScaleSourcedId", true, "scoreScales")),

    /** §3.13: the organisations: the school. */
    ORGS("orgs",
            text("name", true),
            vocabulary("type", true, "department", "school", "district", "local", "state", "national"),
            text("identifier", false),
            reference("parentSourcedId", false, "orgs")),

    /** §3.14: the resources; not exchanged. Its {@code roles} is a list of an extensible vocabulary, read as a list. */
    RESOURCES("resources",
            text("vendorResourceId", true),
            text("title", false),
            of("roles", false, LIST),
            enumeration("importance", false, "primary", "secondary"),
            text("vendorId", false),
            text("applicationId", false)),

    /** §3.15: the learning objectives of results; not exchanged. */
    RESULT_LEARNING_OBJECTIVE_IDS("resultLearningObjectiveIds",
            reference("resultSourcedId", true, "results"),
            vocabulary("source", true, "case", "unknown"),
            text("learningObjectiveId", true),
            of("score", false, FLOAT),
            text("textScore", false)),

    /** §3.16: the results of the gradebook: a pupil's mark for a line item. */
    RESULTS("results",
            reference("lineItemSourcedId", true, "lineItems"),
            reference("studentSourcedId", true, "users"),
            vocabulary("scoreStatus", true, "exempt", "fully graded", "not submitted", "partially graded",
                    "submitted"),
            of("score", false, FLOAT),
            of("scoreDate", true, DATE),
            text("comment", false),
            text("textScore", false),
            reference("classSourcedId", false, "classes"),
            enumeration("inProgress", false, "true", "false"),
            enumeration("incomplete", false, "true", "false"),
            enumeration("late", false, "true", "false"),
            enumeration("missing", false, "true", "false")),

    /** §3.17: the score scale of each result; not exchanged (a result's scale is its line item's). */
    RESULT_SCORE_SCALES("resultScoreScales",
            text("title", false),
            reference("resultSourcedId", true, "results"),
            reference("scoreScaleSourcedId", true, "scoreScales")),

    /** §3.18: the roles of users in organisations: staff, pupils and guardians. */
    ROLES("roles",
            reference("userSourcedId", true, "users"),
            enumeration("roleType", true, "primary", "secondary"),
            vocabulary("role", true, "aide", "counselor", "districtAdministrator", "guardian", "parent",
                    "principal", "proctor", "relative", "siteAdministrator", "student", "systemAdministrator",
                    "teacher"),
            of("beginDate", false, DATE),
            of("endDate", false, DATE),
            reference("orgSourcedId", true, "orgs"),
            reference("userProfileSourcedId", false, "userProfiles")),

    /** §3.19: the score scales: a journal's grading system. Org, course and class are all required. */
    SCORE_SCALES("scoreScales",
            text("title", true),
            text("type", true),
            reference("orgSourcedId", true, "orgs"),
            reference("courseSourcedId", true, "courses"),
            reference("classSourcedId", true, "classes"),
            of("scoreScaleValue", true, LIST)),

    /** §3.20: the users' profiles for other systems; not exchanged. */
    USER_PROFILES("userProfiles",
            reference("userSourcedId", true, "users"),
            text("profileType", true),
            text("vendorId", true),
            text("applicationId", false),
            text("description", false),
            text("credentialType", true),
            text("username", true),
            text("password", false)),

    /** §3.21: the resources of users; not exchanged. */
    USER_RESOURCES("userResources",
            reference("userSourcedId", true, "users"),
            reference("orgSourcedId", false, "orgs"),
            reference("classSourcedId", false, "classes"),
            reference("resourceSourcedId", true, "resources")),

    /**
     * §3.22: the users: staff, pupils and guardians, a guardian's pupils and a pupil's guardians as
     * agents. A username is required.
     */
    USERS("users",
            enumeration("enabledUser", true, "true", "false"),
            text("username", true),
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
            references("resourceSourcedIds", false, "resources"),
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

    /** Returns every file name the 1.2 binding's manifest lists, in the binding's order (§3.1). */
    public static List<String> manifestFiles() {
        return Arrays.stream(values()).map(OneRosterFile::fileName).toList();
    }
}
