/// Brings a database file written by an earlier version up to `Schema.tables`,
/// which only creates what is missing. Each step checks before it changes.
enum SchemaMigration {
    static func apply(to database: Database) throws {
        // Records gained who created and last changed them with the Records API.
        for column in ["created_by", "modified_by"] where try !hasColumn(database, table: "records", column: column) {
            try database.execute("ALTER TABLE records ADD COLUMN \(column) INTEGER")
        }
        // Orgs gained the time their modules or fields last changed (If-Modified-Since).
        if try !hasColumn(database, table: "orgs", column: "metadata_modified_time") {
            try database.execute("ALTER TABLE orgs ADD COLUMN metadata_modified_time INTEGER NOT NULL DEFAULT 0")
        }
        // Profiles gained the "Customize Zoho CRM" permission.
        if try !hasColumn(database, table: "profiles", column: "customize_crm") {
            try database.execute("ALTER TABLE profiles ADD COLUMN customize_crm INTEGER NOT NULL DEFAULT 1")
        }
        if try !hasColumn(database, table: "orgs", column: "id_sequence") {
            try database.execute("ALTER TABLE orgs ADD COLUMN id_sequence INTEGER NOT NULL DEFAULT 0")
        }
    }

    private static func hasColumn(_ database: Database, table: String, column: String) throws -> Bool {
        try database.statement("SELECT count(*) FROM pragma_table_info(?) WHERE name = ?")
            .first([.text(table), .text(column)]) { $0.int64(0) } == 1
    }
}
