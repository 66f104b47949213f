/// The database layout. Every table is keyed by org: orgs are tenants, and two
/// orgs may use the same entity ids (parallel tests loading the doc samples).
enum Schema {
    /// WAL with synchronous=NORMAL: an acknowledged write survives a killed
    /// process (the durability the product promises).
    ///
    /// The log is checkpointed at 1000 pages (~4 MiB), SQLite's default, set
    /// here on purpose: at 256 pages lock + unlock cycles ran ~30% slower (a
    /// checkpoint is two fsyncs, and a cycle writes some seven pages). After a
    /// checkpoint the log is cut back to 4 MiB, so one large write (a fixture)
    /// does not keep its size on disk. What keeps it small besides: an idle
    /// store truncates it to nothing (`IdleCheckpointer`), and on a small or
    /// nearly full disk it is truncated early (`LowSpaceWatch`).
    static let pragmas = """
        PRAGMA journal_mode = WAL;
        PRAGMA synchronous = NORMAL;
        PRAGMA wal_autocheckpoint = 1000;
        PRAGMA journal_size_limit = 4194304;
        PRAGMA foreign_keys = OFF;
        PRAGMA temp_store = MEMORY;
        """

    /// The store's reader connections refuse to write: a write on the read path
    /// would bypass the store's write lock, so it fails loudly instead.
    static let readerPragmas = """
        PRAGMA query_only = 1;
        PRAGMA temp_store = MEMORY;
        """

    static let tables = """
        CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS orgs (
            id INTEGER PRIMARY KEY, name TEXT NOT NULL, edition TEXT NOT NULL, time_zone TEXT,
            locking_module_created INTEGER NOT NULL DEFAULT 0, id_sequence INTEGER NOT NULL DEFAULT 0,
            metadata_modified_time INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE IF NOT EXISTS profiles (
            org_id INTEGER NOT NULL, id INTEGER NOT NULL, name TEXT NOT NULL, record_locking INTEGER NOT NULL,
            customize_crm INTEGER NOT NULL DEFAULT 1, PRIMARY KEY (org_id, id));
        CREATE TABLE IF NOT EXISTS users (
            org_id INTEGER NOT NULL, id INTEGER NOT NULL, name TEXT NOT NULL, email TEXT NOT NULL,
            profile_id INTEGER NOT NULL, PRIMARY KEY (org_id, id));
        CREATE TABLE IF NOT EXISTS access_tokens (
            token TEXT PRIMARY KEY, org_id INTEGER NOT NULL, user_id INTEGER NOT NULL, scopes TEXT NOT NULL,
            expires_at INTEGER, refresh_token TEXT);
        CREATE TABLE IF NOT EXISTS oauth_clients (
            client_id TEXT PRIMARY KEY, org_id INTEGER NOT NULL, client_secret TEXT NOT NULL,
            user_id INTEGER NOT NULL, scopes TEXT NOT NULL, redirect_uri TEXT);
        CREATE TABLE IF NOT EXISTS grant_codes (
            code TEXT PRIMARY KEY, org_id INTEGER NOT NULL, client_id TEXT NOT NULL, expires_at INTEGER,
            used INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE IF NOT EXISTS refresh_tokens (
            token TEXT PRIMARY KEY, org_id INTEGER NOT NULL, client_id TEXT NOT NULL,
            revoked INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE IF NOT EXISTS modules (
            org_id INTEGER NOT NULL, api_name TEXT NOT NULL, id INTEGER NOT NULL, generated_type TEXT NOT NULL,
            lockable INTEGER NOT NULL, PRIMARY KEY (org_id, api_name));
        CREATE TABLE IF NOT EXISTS fields (
            org_id INTEGER NOT NULL, module TEXT NOT NULL, api_name TEXT NOT NULL, data_type TEXT NOT NULL,
            id INTEGER NOT NULL, PRIMARY KEY (org_id, module, api_name));
        CREATE TABLE IF NOT EXISTS custom_buttons (
            org_id INTEGER NOT NULL, module TEXT NOT NULL, id INTEGER NOT NULL, name TEXT,
            PRIMARY KEY (org_id, id));
        CREATE TABLE IF NOT EXISTS records (
            org_id INTEGER NOT NULL, id INTEGER NOT NULL, module TEXT NOT NULL, name TEXT, owner_id INTEGER,
            fields TEXT NOT NULL, created_time INTEGER NOT NULL, modified_time INTEGER NOT NULL,
            created_by INTEGER, modified_by INTEGER, PRIMARY KEY (org_id, id));
        -- lock_existing_records scans a module's records.
        CREATE INDEX IF NOT EXISTS records_by_module ON records (org_id, module, id);
        CREATE TABLE IF NOT EXISTS configurations (
            org_id INTEGER NOT NULL, id INTEGER NOT NULL, module TEXT NOT NULL, feature_type TEXT NOT NULL,
            lock_type TEXT NOT NULL, locked_for TEXT NOT NULL, lock_excluded_profiles TEXT,
            excluded_fields TEXT, restricted_actions TEXT NOT NULL, restricted_communications TEXT,
            restricted_custom_buttons TEXT, lock_for_portal_users INTEGER NOT NULL,
            system_defined INTEGER NOT NULL, created_by INTEGER, created_time INTEGER NOT NULL,
            modified_by INTEGER, modified_time INTEGER NOT NULL,
            PRIMARY KEY (org_id, id), UNIQUE (org_id, module));
        CREATE TABLE IF NOT EXISTS locking_rules (
            org_id INTEGER NOT NULL, id INTEGER NOT NULL, configuration_id INTEGER NOT NULL,
            position INTEGER NOT NULL, name TEXT NOT NULL, lock_existing_records INTEGER NOT NULL,
            criteria TEXT NOT NULL, PRIMARY KEY (org_id, id));
        -- One lock per record, enforced here: two racing POSTs cannot both insert.
        CREATE TABLE IF NOT EXISTS locks (
            org_id INTEGER NOT NULL, id INTEGER NOT NULL, module TEXT NOT NULL, record_id INTEGER NOT NULL,
            source TEXT NOT NULL, reason TEXT, locked_by INTEGER, locked_time INTEGER NOT NULL,
            configuration_id INTEGER NOT NULL, rule_id INTEGER, created_by INTEGER,
            created_time INTEGER NOT NULL, modified_by INTEGER, modified_time INTEGER NOT NULL,
            PRIMARY KEY (org_id, id), UNIQUE (org_id, record_id));
        """
}
