/// The OpenAPI 3 document of everything the emulator serves: the locking and
/// configuration endpoints, the Records API, the metadata endpoints, the accounts
/// server and the control API. Served at `GET /__mock/openapi.json`;
/// `Tests/python/check_openapi.py` validates it, checks live answers against it and
/// checks its Zoho schemas against Zoho's official files. Embedded rather than a
/// bundle resource so the binary needs no file beside it (the Docker image has none).
enum OpenAPIDocument {
    static let bytes: [UInt8] = Array(text.utf8)

    static let text = #"""
{
 "openapi": "3.0.3",
 "info": {
  "title": "zoho-lock-mock",
  "version": "1.0.0",
  "description": "A local emulator of Zoho CRM's record-locking API (v3 to v8), the Records API of the lockable modules and the metadata endpoints the official SDK fetches, its accounts server, and the emulator's own control API under /__mock/ (emulator-contract.md §3). Zoho's shapes follow zoho-record-locking-api.md; ids are decimal strings."
 },
 "servers": [
  {
   "url": "http://127.0.0.1:8080",
   "description": "the default; --port 0 picks a free port"
  }
 ],
 "tags": [
  {
   "name": "Locking information"
  },
  {
   "name": "Record-locking configurations"
  },
  {
   "name": "Records",
   "description": "the lockable modules' records, where locks bite"
  },
  {
   "name": "Metadata",
   "description": "fields, modules, users and org, as the official SDK fetches them"
  },
  {
   "name": "Accounts server"
  },
  {
   "name": "Control API",
   "description": "not part of Zoho"
  }
 ],
 "paths": {
  "/crm/{version}/{module}/{record_id}/Locking_Information__s": {
   "get": {
    "operationId": "getLocks",
    "summary": "The lock of a record (spec §5)",
    "tags": [
     "Locking information"
    ],
    "parameters": [
     {
      "$ref": "#/components/parameters/version"
     },
     {
      "$ref": "#/components/parameters/module"
     },
     {
      "$ref": "#/components/parameters/record_id"
     },
     {
      "name": "fields",
      "in": "query",
      "required": true,
      "schema": {
       "type": "string"
      },
      "description": "comma separated lock fields; missing: 400 REQUIRED_PARAM_MISSING"
     },
     {
      "name": "page",
      "in": "query",
      "schema": {
       "type": "integer",
       "minimum": 1
      }
     },
     {
      "name": "per_page",
      "in": "query",
      "schema": {
       "type": "integer",
       "minimum": 1,
       "maximum": 200,
       "default": 200
      }
     },
     {
      "name": "ids",
      "in": "query",
      "schema": {
       "type": "string"
      },
      "description": "comma separated lock ids"
     },
     {
      "name": "page_token",
      "in": "query",
      "schema": {
       "type": "string"
      },
      "description": "never issued; any value is INVALID_DATA"
     }
    ],
    "security": [
     {
      "zohoOAuthToken": []
     }
    ],
    "responses": {
     "200": {
      "description": "the record's lock",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/LockList"
        }
       }
      }
     },
     "204": {
      "description": "the record is not locked (empty body, JSON content type)"
     },
     "400": {
      "description": "INVALID_MODULE, REQUIRED_PARAM_MISSING, INVALID_DATA, UNABLE_TO_PARSE_DATA_TYPE, API_NOT_SUPPORTED, FEATURE_NOT_SUPPORTED, NOT_ALLOWED",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "401": {
      "description": "AUTHENTICATION_FAILURE (no or malformed Authorization), INVALID_TOKEN (unknown, expired, revoked) or OAUTH_SCOPE_MISMATCH",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "403": {
      "description": "INVALID_REQUEST_METHOD, NO_PERMISSION, NOT_ALLOWED",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "404": {
      "description": "INVALID_URL_PATTERN",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "413": {
      "description": "REQUEST_ENTITY_TOO_LARGE: body over 1 MiB",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "429": {
      "description": "TOO_MANY_REQUESTS (only through a fault rule)",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "500": {
      "description": "INTERNAL_ERROR",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     }
    },
    "x-zoho-scopes": [
     "ZohoCRM.modules.lockinginformation.READ",
     "ZohoCRM.modules.{module}.READ"
    ]
   },
   "post": {
    "operationId": "lockRecord",
    "summary": "Lock a record (spec §7)",
    "tags": [
     "Locking information"
    ],
    "parameters": [
     {
      "$ref": "#/components/parameters/version"
     },
     {
      "$ref": "#/components/parameters/module"
     },
     {
      "$ref": "#/components/parameters/record_id"
     }
    ],
    "security": [
     {
      "zohoOAuthToken": []
     }
    ],
    "responses": {
     "201": {
      "description": "locked: `record added` with the lock's id, Created_* and Modified_*",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ActionResponse"
        }
       }
      }
     },
     "207": {
      "description": "several data items, mixed results",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ActionResponse"
        }
       }
      }
     },
     "400": {
      "description": "per-item MANDATORY_NOT_FOUND or INVALID_DATA, or a ZohoError envelope",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ActionResponse"
        }
       }
      }
     },
     "401": {
      "description": "AUTHENTICATION_FAILURE (no or malformed Authorization), INVALID_TOKEN (unknown, expired, revoked) or OAUTH_SCOPE_MISMATCH",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "403": {
      "description": "INVALID_REQUEST_METHOD, NO_PERMISSION, NOT_ALLOWED",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "404": {
      "description": "INVALID_URL_PATTERN",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "413": {
      "description": "REQUEST_ENTITY_TOO_LARGE: body over 1 MiB",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "429": {
      "description": "TOO_MANY_REQUESTS (only through a fault rule)",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "500": {
      "description": "INTERNAL_ERROR",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     }
    },
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/LockBody"
       }
      }
     }
    },
    "x-zoho-scopes": [
     "ZohoCRM.modules.lockinginformation.CREATE",
     "ZohoCRM.modules.{module}.CREATE"
    ]
   }
  },
  "/crm/{version}/{module}/{record_id}/Locking_Information__s/{lock_id}": {
   "get": {
    "operationId": "getLock",
    "summary": "One lock by id (spec §6)",
    "tags": [
     "Locking information"
    ],
    "parameters": [
     {
      "$ref": "#/components/parameters/version"
     },
     {
      "$ref": "#/components/parameters/module"
     },
     {
      "$ref": "#/components/parameters/record_id"
     },
     {
      "$ref": "#/components/parameters/lock_id"
     },
     {
      "name": "fields",
      "in": "query",
      "schema": {
       "type": "string"
      }
     }
    ],
    "security": [
     {
      "zohoOAuthToken": []
     }
    ],
    "responses": {
     "200": {
      "description": "the lock (no info)",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/LockItem"
        }
       }
      }
     },
     "400": {
      "description": "INVALID_DATA and the other checks of the list GET",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "401": {
      "description": "AUTHENTICATION_FAILURE (no or malformed Authorization), INVALID_TOKEN (unknown, expired, revoked) or OAUTH_SCOPE_MISMATCH",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "403": {
      "description": "INVALID_REQUEST_METHOD, NO_PERMISSION, NOT_ALLOWED",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "404": {
      "description": "INVALID_URL_PATTERN",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "413": {
      "description": "REQUEST_ENTITY_TOO_LARGE: body over 1 MiB",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "429": {
      "description": "TOO_MANY_REQUESTS (only through a fault rule)",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "500": {
      "description": "INTERNAL_ERROR",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     }
    },
    "x-zoho-scopes": [
     "ZohoCRM.modules.lockinginformation.READ",
     "ZohoCRM.modules.{module}.READ"
    ]
   },
   "put": {
    "operationId": "updateLock",
    "summary": "Change the reason (spec §8)",
    "tags": [
     "Locking information"
    ],
    "parameters": [
     {
      "$ref": "#/components/parameters/version"
     },
     {
      "$ref": "#/components/parameters/module"
     },
     {
      "$ref": "#/components/parameters/record_id"
     },
     {
      "$ref": "#/components/parameters/lock_id"
     }
    ],
    "security": [
     {
      "zohoOAuthToken": []
     }
    ],
    "responses": {
     "200": {
      "description": "`relation updated`",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ActionResponse"
        }
       }
      }
     },
     "400": {
      "description": "per-item validation errors",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ActionResponse"
        }
       }
      }
     },
     "401": {
      "description": "AUTHENTICATION_FAILURE (no or malformed Authorization), INVALID_TOKEN (unknown, expired, revoked) or OAUTH_SCOPE_MISMATCH",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "403": {
      "description": "INVALID_REQUEST_METHOD, NO_PERMISSION, NOT_ALLOWED",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "404": {
      "description": "INVALID_URL_PATTERN",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "413": {
      "description": "REQUEST_ENTITY_TOO_LARGE: body over 1 MiB",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "429": {
      "description": "TOO_MANY_REQUESTS (only through a fault rule)",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "500": {
      "description": "INTERNAL_ERROR",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     }
    },
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/LockBody"
       }
      }
     }
    },
    "x-zoho-scopes": [
     "ZohoCRM.modules.lockinginformation.UPDATE",
     "ZohoCRM.modules.{module}.UPDATE"
    ]
   },
   "delete": {
    "operationId": "unlockRecord",
    "summary": "Unlock (spec §9)",
    "tags": [
     "Locking information"
    ],
    "parameters": [
     {
      "$ref": "#/components/parameters/version"
     },
     {
      "$ref": "#/components/parameters/module"
     },
     {
      "$ref": "#/components/parameters/record_id"
     },
     {
      "$ref": "#/components/parameters/lock_id"
     }
    ],
    "security": [
     {
      "zohoOAuthToken": []
     }
    ],
    "responses": {
     "200": {
      "description": "`relation removed`",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ActionResponse"
        }
       }
      }
     },
     "400": {
      "description": "INVALID_DATA",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "401": {
      "description": "AUTHENTICATION_FAILURE (no or malformed Authorization), INVALID_TOKEN (unknown, expired, revoked) or OAUTH_SCOPE_MISMATCH",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "403": {
      "description": "INVALID_REQUEST_METHOD, NO_PERMISSION, NOT_ALLOWED",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "404": {
      "description": "INVALID_URL_PATTERN",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "413": {
      "description": "REQUEST_ENTITY_TOO_LARGE: body over 1 MiB",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "429": {
      "description": "TOO_MANY_REQUESTS (only through a fault rule)",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "500": {
      "description": "INTERNAL_ERROR",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     }
    },
    "x-zoho-scopes": [
     "ZohoCRM.modules.lockinginformation.DELETE",
     "ZohoCRM.modules.{module}.DELETE"
    ]
   }
  },
  "/crm/{version}/settings/record_locking_configurations": {
   "get": {
    "operationId": "getConfigurations",
    "summary": "The module's configuration (spec §11)",
    "tags": [
     "Record-locking configurations"
    ],
    "parameters": [
     {
      "$ref": "#/components/parameters/version"
     },
     {
      "$ref": "#/components/parameters/moduleQuery"
     },
     {
      "name": "feature_type",
      "in": "query",
      "schema": {
       "type": "string",
       "enum": [
        "record_locking"
       ]
      }
     }
    ],
    "security": [
     {
      "zohoOAuthToken": []
     }
    ],
    "responses": {
     "200": {
      "description": "the configuration",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ConfigurationList"
        }
       }
      }
     },
     "204": {
      "description": "the module has none"
     },
     "400": {
      "description": "INVALID_MODULE, REQUIRED_PARAM_MISSING, NOT_SUPPORTED, FEATURE_NOT_SUPPORTED, INVALID_DATA",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "401": {
      "description": "AUTHENTICATION_FAILURE (no or malformed Authorization), INVALID_TOKEN (unknown, expired, revoked) or OAUTH_SCOPE_MISMATCH",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "403": {
      "description": "INVALID_REQUEST_METHOD, NO_PERMISSION, NOT_ALLOWED",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "404": {
      "description": "INVALID_URL_PATTERN",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "413": {
      "description": "REQUEST_ENTITY_TOO_LARGE: body over 1 MiB",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "429": {
      "description": "TOO_MANY_REQUESTS (only through a fault rule)",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "500": {
      "description": "INTERNAL_ERROR",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     }
    },
    "x-zoho-scopes": [
     "ZohoCRM.settings.record_locking_configurations.READ"
    ]
   },
   "post": {
    "operationId": "createConfiguration",
    "summary": "Create (spec §12)",
    "tags": [
     "Record-locking configurations"
    ],
    "parameters": [
     {
      "$ref": "#/components/parameters/version"
     },
     {
      "$ref": "#/components/parameters/moduleQuery"
     }
    ],
    "security": [
     {
      "zohoOAuthToken": []
     }
    ],
    "responses": {
     "201": {
      "description": "`record locking configuration created successfully`",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ConfigurationActionResponse"
        }
       }
      }
     },
     "400": {
      "description": "per-item errors (MANDATORY_NOT_FOUND, INVALID_DATA, LIMIT_EXCEEDED, DEPENDENT_FIELD_MISSING, ...)",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ConfigurationActionResponse"
        }
       }
      }
     },
     "401": {
      "description": "AUTHENTICATION_FAILURE (no or malformed Authorization), INVALID_TOKEN (unknown, expired, revoked) or OAUTH_SCOPE_MISMATCH",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "403": {
      "description": "INVALID_REQUEST_METHOD, NO_PERMISSION, NOT_ALLOWED",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "404": {
      "description": "INVALID_URL_PATTERN",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "413": {
      "description": "REQUEST_ENTITY_TOO_LARGE: body over 1 MiB",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "429": {
      "description": "TOO_MANY_REQUESTS (only through a fault rule)",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "500": {
      "description": "INTERNAL_ERROR",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     }
    },
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/ConfigurationBody"
       }
      }
     }
    },
    "x-zoho-scopes": [
     "ZohoCRM.settings.record_locking_configurations.CREATE"
    ]
   },
   "put": {
    "operationId": "updateConfigurations",
    "summary": "Update by the ids in the body (spec §13)",
    "tags": [
     "Record-locking configurations"
    ],
    "parameters": [
     {
      "$ref": "#/components/parameters/version"
     },
     {
      "$ref": "#/components/parameters/moduleQuery"
     }
    ],
    "security": [
     {
      "zohoOAuthToken": []
     }
    ],
    "responses": {
     "200": {
      "description": "`record locking configuration updated successfully`",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ConfigurationActionResponse"
        }
       }
      }
     },
     "400": {
      "description": "per-item errors",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ConfigurationActionResponse"
        }
       }
      }
     },
     "401": {
      "description": "AUTHENTICATION_FAILURE (no or malformed Authorization), INVALID_TOKEN (unknown, expired, revoked) or OAUTH_SCOPE_MISMATCH",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "403": {
      "description": "INVALID_REQUEST_METHOD, NO_PERMISSION, NOT_ALLOWED",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "404": {
      "description": "INVALID_URL_PATTERN",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "413": {
      "description": "REQUEST_ENTITY_TOO_LARGE: body over 1 MiB",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "429": {
      "description": "TOO_MANY_REQUESTS (only through a fault rule)",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "500": {
      "description": "INTERNAL_ERROR",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     }
    },
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/ConfigurationBody"
       }
      }
     }
    },
    "x-zoho-scopes": [
     "ZohoCRM.settings.record_locking_configurations.UPDATE"
    ]
   },
   "delete": {
    "operationId": "deleteConfigurations",
    "summary": "Delete by ids (spec §14)",
    "tags": [
     "Record-locking configurations"
    ],
    "parameters": [
     {
      "$ref": "#/components/parameters/version"
     },
     {
      "$ref": "#/components/parameters/moduleQuery"
     },
     {
      "name": "ids",
      "in": "query",
      "required": true,
      "schema": {
       "type": "string"
      },
      "description": "comma separated configuration ids"
     }
    ],
    "security": [
     {
      "zohoOAuthToken": []
     }
    ],
    "responses": {
     "200": {
      "description": "`record locking configuration deleted successfully`",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ConfigurationActionResponse"
        }
       }
      }
     },
     "400": {
      "description": "INVALID_MODULE, REQUIRED_PARAM_MISSING, NOT_SUPPORTED, FEATURE_NOT_SUPPORTED, INVALID_DATA",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "401": {
      "description": "AUTHENTICATION_FAILURE (no or malformed Authorization), INVALID_TOKEN (unknown, expired, revoked) or OAUTH_SCOPE_MISMATCH",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "403": {
      "description": "INVALID_REQUEST_METHOD, NO_PERMISSION, NOT_ALLOWED",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "404": {
      "description": "INVALID_URL_PATTERN",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "413": {
      "description": "REQUEST_ENTITY_TOO_LARGE: body over 1 MiB",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "429": {
      "description": "TOO_MANY_REQUESTS (only through a fault rule)",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "500": {
      "description": "INTERNAL_ERROR",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     }
    },
    "x-zoho-scopes": [
     "ZohoCRM.settings.record_locking_configurations.DELETE"
    ]
   }
  },
  "/crm/{version}/settings/record_locking_configurations/{config_id}": {
   "get": {
    "operationId": "getConfiguration",
    "summary": "One configuration (spec §11.1)",
    "tags": [
     "Record-locking configurations"
    ],
    "parameters": [
     {
      "$ref": "#/components/parameters/version"
     },
     {
      "$ref": "#/components/parameters/config_id"
     },
     {
      "$ref": "#/components/parameters/moduleQuery"
     }
    ],
    "security": [
     {
      "zohoOAuthToken": []
     }
    ],
    "responses": {
     "200": {
      "description": "the configuration",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ConfigurationList"
        }
       }
      }
     },
     "400": {
      "description": "INVALID_MODULE, REQUIRED_PARAM_MISSING, NOT_SUPPORTED, FEATURE_NOT_SUPPORTED, INVALID_DATA",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "401": {
      "description": "AUTHENTICATION_FAILURE (no or malformed Authorization), INVALID_TOKEN (unknown, expired, revoked) or OAUTH_SCOPE_MISMATCH",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "403": {
      "description": "INVALID_REQUEST_METHOD, NO_PERMISSION, NOT_ALLOWED",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "404": {
      "description": "INVALID_URL_PATTERN",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "413": {
      "description": "REQUEST_ENTITY_TOO_LARGE: body over 1 MiB",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "429": {
      "description": "TOO_MANY_REQUESTS (only through a fault rule)",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "500": {
      "description": "INTERNAL_ERROR",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     }
    },
    "x-zoho-scopes": [
     "ZohoCRM.settings.record_locking_configurations.READ"
    ]
   },
   "put": {
    "operationId": "updateConfiguration",
    "summary": "Update one (spec §13)",
    "tags": [
     "Record-locking configurations"
    ],
    "parameters": [
     {
      "$ref": "#/components/parameters/version"
     },
     {
      "$ref": "#/components/parameters/config_id"
     },
     {
      "$ref": "#/components/parameters/moduleQuery"
     }
    ],
    "security": [
     {
      "zohoOAuthToken": []
     }
    ],
    "responses": {
     "200": {
      "description": "updated",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ConfigurationActionResponse"
        }
       }
      }
     },
     "400": {
      "description": "per-item errors",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ConfigurationActionResponse"
        }
       }
      }
     },
     "401": {
      "description": "AUTHENTICATION_FAILURE (no or malformed Authorization), INVALID_TOKEN (unknown, expired, revoked) or OAUTH_SCOPE_MISMATCH",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "403": {
      "description": "INVALID_REQUEST_METHOD, NO_PERMISSION, NOT_ALLOWED",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "404": {
      "description": "INVALID_URL_PATTERN",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "413": {
      "description": "REQUEST_ENTITY_TOO_LARGE: body over 1 MiB",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "429": {
      "description": "TOO_MANY_REQUESTS (only through a fault rule)",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "500": {
      "description": "INTERNAL_ERROR",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     }
    },
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/ConfigurationBody"
       }
      }
     }
    },
    "x-zoho-scopes": [
     "ZohoCRM.settings.record_locking_configurations.UPDATE"
    ]
   },
   "delete": {
    "operationId": "deleteConfiguration",
    "summary": "Delete one, with the locks held under it (spec §14)",
    "tags": [
     "Record-locking configurations"
    ],
    "parameters": [
     {
      "$ref": "#/components/parameters/version"
     },
     {
      "$ref": "#/components/parameters/config_id"
     },
     {
      "$ref": "#/components/parameters/moduleQuery"
     }
    ],
    "security": [
     {
      "zohoOAuthToken": []
     }
    ],
    "responses": {
     "200": {
      "description": "deleted",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ConfigurationActionResponse"
        }
       }
      }
     },
     "400": {
      "description": "INVALID_MODULE, REQUIRED_PARAM_MISSING, NOT_SUPPORTED, FEATURE_NOT_SUPPORTED, INVALID_DATA",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "401": {
      "description": "AUTHENTICATION_FAILURE (no or malformed Authorization), INVALID_TOKEN (unknown, expired, revoked) or OAUTH_SCOPE_MISMATCH",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "403": {
      "description": "INVALID_REQUEST_METHOD, NO_PERMISSION, NOT_ALLOWED",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "404": {
      "description": "INVALID_URL_PATTERN",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "413": {
      "description": "REQUEST_ENTITY_TOO_LARGE: body over 1 MiB",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "429": {
      "description": "TOO_MANY_REQUESTS (only through a fault rule)",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "500": {
      "description": "INTERNAL_ERROR",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     }
    },
    "x-zoho-scopes": [
     "ZohoCRM.settings.record_locking_configurations.DELETE"
    ]
   }
  },
  "/crm/{version}/{module}": {
   "post": {
    "operationId": "insertRecords",
    "summary": "Insert up to 100 records (spec §15)",
    "tags": [
     "Records"
    ],
    "parameters": [
     {
      "$ref": "#/components/parameters/version"
     },
     {
      "$ref": "#/components/parameters/module"
     }
    ],
    "security": [
     {
      "zohoOAuthToken": []
     }
    ],
    "responses": {
     "201": {
      "description": "every record added: per record `record added` with `details` `{Modified_Time, Modified_By, Created_Time, id, Created_By}`",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/RecordActionResponse"
        }
       }
      }
     },
     "207": {
      "description": "mixed results: one item per record, successes and per-item errors",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/RecordActionResponse"
        }
       }
      }
     },
     "400": {
      "description": "per item, in the `data` wrapper: MANDATORY_NOT_FOUND (`data` missing or empty; the module's name field, `Last_Name` in Leads and Contacts, missing on insert), INVALID_DATA (`data` not an array, an element not an object, a field value of the wrong type with `expected_data_type`, an unknown `Owner`); or top-level: INVALID_MODULE (not a lockable module, `details.resource_path_index` 0), API_NOT_SUPPORTED, UNABLE_TO_PARSE_DATA_TYPE (body not a JSON object), LIMIT_EXCEEDED (more than 100 records, `details.limit`)",
      "content": {
       "application/json": {
        "schema": {
         "oneOf": [
          {
           "$ref": "#/components/schemas/RecordActionResponse"
          },
          {
           "$ref": "#/components/schemas/ZohoError"
          }
         ]
        }
       }
      }
     },
     "401": {
      "description": "AUTHENTICATION_FAILURE (no or malformed Authorization), INVALID_TOKEN (unknown, expired, revoked) or OAUTH_SCOPE_MISMATCH",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "403": {
      "description": "INVALID_REQUEST_METHOD (a method this path does not serve: GET /{module}, the record list, is not emulated)",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "404": {
      "description": "INVALID_URL_PATTERN",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "413": {
      "description": "REQUEST_ENTITY_TOO_LARGE: body over 1 MiB",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "429": {
      "description": "TOO_MANY_REQUESTS (only through a fault rule)",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "500": {
      "description": "INTERNAL_ERROR",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     }
    },
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/RecordBody"
       }
      }
     }
    },
    "x-zoho-scopes": [
     "ZohoCRM.modules.{module}.CREATE"
    ]
   },
   "put": {
    "operationId": "updateRecords",
    "summary": "Update up to 100 records, each named by its id (spec §15)",
    "tags": [
     "Records"
    ],
    "parameters": [
     {
      "$ref": "#/components/parameters/version"
     },
     {
      "$ref": "#/components/parameters/module"
     }
    ],
    "security": [
     {
      "zohoOAuthToken": []
     }
    ],
    "responses": {
     "200": {
      "description": "every record updated: per record `record updated`, same `details` as insert",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/RecordActionResponse"
        }
       }
      }
     },
     "207": {
      "description": "mixed results, such as RECORD_LOCKED for a locked record beside updated ones",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/RecordActionResponse"
        }
       }
      }
     },
     "400": {
      "description": "per item, in the `data` wrapper: RECORD_LOCKED (the record is locked for the caller and a field the update changes is not in the configuration's `excluded_fields`), MANDATORY_NOT_FOUND (`data` missing or empty; the module's name field sent null or empty; `id` missing), INVALID_DATA (`data` not an array, an element not an object, a field value of the wrong type with `expected_data_type`, an unknown `Owner`; an `id` naming no record of the module: `the related id given seems to be invalid`); or top-level: INVALID_MODULE (not a lockable module, `details.resource_path_index` 0), API_NOT_SUPPORTED, UNABLE_TO_PARSE_DATA_TYPE (body not a JSON object), LIMIT_EXCEEDED (more than 100 records, `details.limit`)",
      "content": {
       "application/json": {
        "schema": {
         "oneOf": [
          {
           "$ref": "#/components/schemas/RecordActionResponse"
          },
          {
           "$ref": "#/components/schemas/ZohoError"
          }
         ]
        }
       }
      }
     },
     "401": {
      "description": "AUTHENTICATION_FAILURE (no or malformed Authorization), INVALID_TOKEN (unknown, expired, revoked) or OAUTH_SCOPE_MISMATCH",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "403": {
      "description": "INVALID_REQUEST_METHOD (a method this path does not serve: GET /{module}, the record list, is not emulated)",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "404": {
      "description": "INVALID_URL_PATTERN",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "413": {
      "description": "REQUEST_ENTITY_TOO_LARGE: body over 1 MiB",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "429": {
      "description": "TOO_MANY_REQUESTS (only through a fault rule)",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "500": {
      "description": "INTERNAL_ERROR",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     }
    },
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/RecordBody"
       }
      }
     }
    },
    "x-zoho-scopes": [
     "ZohoCRM.modules.{module}.UPDATE"
    ]
   },
   "delete": {
    "operationId": "deleteRecords",
    "summary": "Delete up to 100 records by id (spec §15)",
    "tags": [
     "Records"
    ],
    "parameters": [
     {
      "$ref": "#/components/parameters/version"
     },
     {
      "$ref": "#/components/parameters/module"
     },
     {
      "name": "ids",
      "in": "query",
      "required": true,
      "schema": {
       "type": "string"
      },
      "description": "comma separated record ids, at most 100; missing: 400 REQUIRED_PARAM_MISSING"
     }
    ],
    "security": [
     {
      "zohoOAuthToken": []
     }
    ],
    "responses": {
     "200": {
      "description": "every record deleted: per id `record deleted` with `details` `{id}`",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/RecordActionResponse"
        }
       }
      }
     },
     "207": {
      "description": "mixed results: one item per id",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/RecordActionResponse"
        }
       }
      }
     },
     "400": {
      "description": "per item, in the `data` wrapper: RECORD_LOCKED (the record is locked for the caller and the configuration's `restricted_actions` contains `delete`), INVALID_DATA (an id naming no record of the module, `details.id`); or top-level: INVALID_MODULE, API_NOT_SUPPORTED, REQUIRED_PARAM_MISSING (`ids`), UNABLE_TO_PARSE_DATA_TYPE (an id not numeric), LIMIT_EXCEEDED (more than 100 ids)",
      "content": {
       "application/json": {
        "schema": {
         "oneOf": [
          {
           "$ref": "#/components/schemas/RecordActionResponse"
          },
          {
           "$ref": "#/components/schemas/ZohoError"
          }
         ]
        }
       }
      }
     },
     "401": {
      "description": "AUTHENTICATION_FAILURE (no or malformed Authorization), INVALID_TOKEN (unknown, expired, revoked) or OAUTH_SCOPE_MISMATCH",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "403": {
      "description": "INVALID_REQUEST_METHOD (a method this path does not serve: GET /{module}, the record list, is not emulated)",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "404": {
      "description": "INVALID_URL_PATTERN",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "413": {
      "description": "REQUEST_ENTITY_TOO_LARGE: body over 1 MiB",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "429": {
      "description": "TOO_MANY_REQUESTS (only through a fault rule)",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "500": {
      "description": "INTERNAL_ERROR",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     }
    },
    "x-zoho-scopes": [
     "ZohoCRM.modules.{module}.DELETE"
    ]
   }
  },
  "/crm/{version}/{module}/{record_id}": {
   "get": {
    "operationId": "getRecord",
    "summary": "One record, with its lock flags (spec §15)",
    "tags": [
     "Records"
    ],
    "parameters": [
     {
      "$ref": "#/components/parameters/version"
     },
     {
      "$ref": "#/components/parameters/module"
     },
     {
      "$ref": "#/components/parameters/record_id"
     }
    ],
    "security": [
     {
      "zohoOAuthToken": []
     }
    ],
    "responses": {
     "200": {
      "description": "`{\"data\":[record]}`",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/RecordList"
        }
       }
      }
     },
     "400": {
      "description": "INVALID_MODULE (not a lockable module, `details.resource_path_index` 0), API_NOT_SUPPORTED, UNABLE_TO_PARSE_DATA_TYPE (record id not numeric), INVALID_DATA (no such record: `the related id given seems to be invalid`, `details.resource_path_index` 1)",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "401": {
      "description": "AUTHENTICATION_FAILURE (no or malformed Authorization), INVALID_TOKEN (unknown, expired, revoked) or OAUTH_SCOPE_MISMATCH",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "403": {
      "description": "INVALID_REQUEST_METHOD (a method this path does not serve)",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "404": {
      "description": "INVALID_URL_PATTERN",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "413": {
      "description": "REQUEST_ENTITY_TOO_LARGE: body over 1 MiB",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "429": {
      "description": "TOO_MANY_REQUESTS (only through a fault rule)",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "500": {
      "description": "INTERNAL_ERROR",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     }
    },
    "x-zoho-scopes": [
     "ZohoCRM.modules.{module}.READ"
    ]
   },
   "put": {
    "operationId": "updateRecord",
    "summary": "Update the record the path names with the first element of data (spec §15)",
    "tags": [
     "Records"
    ],
    "parameters": [
     {
      "$ref": "#/components/parameters/version"
     },
     {
      "$ref": "#/components/parameters/module"
     },
     {
      "$ref": "#/components/parameters/record_id"
     }
    ],
    "security": [
     {
      "zohoOAuthToken": []
     }
    ],
    "responses": {
     "200": {
      "description": "`record updated`, `details` as for the bulk update",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/RecordActionResponse"
        }
       }
      }
     },
     "400": {
      "description": "per item, in the `data` wrapper: RECORD_LOCKED, MANDATORY_NOT_FOUND (`data` missing or empty; the module's name field sent null or empty), INVALID_DATA (`data` not an array, an element not an object, a field value of the wrong type with `expected_data_type`, an unknown `Owner`); or top-level: INVALID_MODULE, API_NOT_SUPPORTED, UNABLE_TO_PARSE_DATA_TYPE (record id not numeric, body not a JSON object), INVALID_DATA (no such record: `the related id given seems to be invalid`, `details.resource_path_index` 1), LIMIT_EXCEEDED",
      "content": {
       "application/json": {
        "schema": {
         "oneOf": [
          {
           "$ref": "#/components/schemas/RecordActionResponse"
          },
          {
           "$ref": "#/components/schemas/ZohoError"
          }
         ]
        }
       }
      }
     },
     "401": {
      "description": "AUTHENTICATION_FAILURE (no or malformed Authorization), INVALID_TOKEN (unknown, expired, revoked) or OAUTH_SCOPE_MISMATCH",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "403": {
      "description": "INVALID_REQUEST_METHOD (a method this path does not serve)",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "404": {
      "description": "INVALID_URL_PATTERN",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "413": {
      "description": "REQUEST_ENTITY_TOO_LARGE: body over 1 MiB",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "429": {
      "description": "TOO_MANY_REQUESTS (only through a fault rule)",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "500": {
      "description": "INTERNAL_ERROR",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     }
    },
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/RecordBody"
       }
      }
     }
    },
    "x-zoho-scopes": [
     "ZohoCRM.modules.{module}.UPDATE"
    ]
   },
   "delete": {
    "operationId": "deleteRecord",
    "summary": "Delete a record and its lock (spec §15)",
    "tags": [
     "Records"
    ],
    "parameters": [
     {
      "$ref": "#/components/parameters/version"
     },
     {
      "$ref": "#/components/parameters/module"
     },
     {
      "$ref": "#/components/parameters/record_id"
     }
    ],
    "security": [
     {
      "zohoOAuthToken": []
     }
    ],
    "responses": {
     "200": {
      "description": "`record deleted`, `details` `{id}`",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/RecordActionResponse"
        }
       }
      }
     },
     "400": {
      "description": "per item, in the `data` wrapper: RECORD_LOCKED (the record is locked for the caller and the configuration's `restricted_actions` contains `delete`); or top-level: INVALID_MODULE, API_NOT_SUPPORTED, UNABLE_TO_PARSE_DATA_TYPE (record id not numeric), INVALID_DATA (no such record, `details.resource_path_index` 1)",
      "content": {
       "application/json": {
        "schema": {
         "oneOf": [
          {
           "$ref": "#/components/schemas/RecordActionResponse"
          },
          {
           "$ref": "#/components/schemas/ZohoError"
          }
         ]
        }
       }
      }
     },
     "401": {
      "description": "AUTHENTICATION_FAILURE (no or malformed Authorization), INVALID_TOKEN (unknown, expired, revoked) or OAUTH_SCOPE_MISMATCH",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "403": {
      "description": "INVALID_REQUEST_METHOD (a method this path does not serve)",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "404": {
      "description": "INVALID_URL_PATTERN",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "413": {
      "description": "REQUEST_ENTITY_TOO_LARGE: body over 1 MiB",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "429": {
      "description": "TOO_MANY_REQUESTS (only through a fault rule)",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "500": {
      "description": "INTERNAL_ERROR",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     }
    },
    "x-zoho-scopes": [
     "ZohoCRM.modules.{module}.DELETE"
    ]
   }
  },
  "/crm/{version}/settings/fields": {
   "get": {
    "operationId": "getFields",
    "summary": "The fields of a module, as the SDK reads them (spec §17.1)",
    "tags": [
     "Metadata"
    ],
    "parameters": [
     {
      "$ref": "#/components/parameters/version"
     },
     {
      "name": "module",
      "in": "query",
      "required": true,
      "schema": {
       "type": "string"
      },
      "description": "a module's API name; `Locking_Information__s` once the org has had a record-locking configuration",
      "example": "Leads"
     }
    ],
    "security": [
     {
      "zohoOAuthToken": []
     }
    ],
    "responses": {
     "200": {
      "description": "the module's fields",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/FieldList"
        }
       }
      }
     },
     "400": {
      "description": "REQUIRED_PARAM_MISSING (`module`), INVALID_MODULE (unknown module, or `Locking_Information__s` before any configuration; `details` `{}`), API_NOT_SUPPORTED",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "401": {
      "description": "AUTHENTICATION_FAILURE (no or malformed Authorization), INVALID_TOKEN (unknown, expired, revoked) or OAUTH_SCOPE_MISMATCH",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "403": {
      "description": "INVALID_REQUEST_METHOD",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "404": {
      "description": "INVALID_URL_PATTERN",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "413": {
      "description": "REQUEST_ENTITY_TOO_LARGE: body over 1 MiB",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "429": {
      "description": "TOO_MANY_REQUESTS (only through a fault rule)",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "500": {
      "description": "INTERNAL_ERROR",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     }
    },
    "x-zoho-scopes": [
     "ZohoCRM.settings.fields.READ"
    ]
   }
  },
  "/crm/{version}/settings/modules": {
   "get": {
    "operationId": "getModules",
    "summary": "Every module of the org (spec §17.2)",
    "tags": [
     "Metadata"
    ],
    "parameters": [
     {
      "$ref": "#/components/parameters/version"
     },
     {
      "name": "If-Modified-Since",
      "in": "header",
      "schema": {
       "$ref": "#/components/schemas/ZohoDateTime"
      },
      "description": "ISO-8601, as the SDK sends it; at or after the org's last change of modules or fields: 304. A value that does not parse is ignored"
     }
    ],
    "security": [
     {
      "zohoOAuthToken": []
     }
    ],
    "responses": {
     "200": {
      "description": "the modules, `Locking_Information__s` among them once the org has had a configuration",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ModuleList"
        }
       }
      }
     },
     "304": {
      "description": "nothing changed since If-Modified-Since (empty body)"
     },
     "400": {
      "description": "API_NOT_SUPPORTED",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "401": {
      "description": "AUTHENTICATION_FAILURE (no or malformed Authorization), INVALID_TOKEN (unknown, expired, revoked) or OAUTH_SCOPE_MISMATCH",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "403": {
      "description": "INVALID_REQUEST_METHOD",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "404": {
      "description": "INVALID_URL_PATTERN",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "413": {
      "description": "REQUEST_ENTITY_TOO_LARGE: body over 1 MiB",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "429": {
      "description": "TOO_MANY_REQUESTS (only through a fault rule)",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "500": {
      "description": "INTERNAL_ERROR",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     }
    },
    "x-zoho-scopes": [
     "ZohoCRM.settings.modules.READ"
    ]
   }
  },
  "/crm/{version}/users": {
   "get": {
    "operationId": "getUsers",
    "summary": "The users of the org, or the caller (spec §17.3)",
    "tags": [
     "Metadata"
    ],
    "parameters": [
     {
      "$ref": "#/components/parameters/version"
     },
     {
      "name": "type",
      "in": "query",
      "schema": {
       "type": "string",
       "enum": [
        "CurrentUser",
        "AllUsers",
        "ActiveUsers"
       ],
       "default": "AllUsers"
      },
      "description": "any other value: 400 INVALID_DATA `{\"param_name\":\"type\"}`"
     }
    ],
    "security": [
     {
      "zohoOAuthToken": []
     }
    ],
    "responses": {
     "200": {
      "description": "`users` and `info` (one page, every user active)",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/UserList"
        }
       }
      }
     },
     "400": {
      "description": "INVALID_DATA (`type`), API_NOT_SUPPORTED",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "401": {
      "description": "AUTHENTICATION_FAILURE (no or malformed Authorization), INVALID_TOKEN (unknown, expired, revoked) or OAUTH_SCOPE_MISMATCH",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "403": {
      "description": "INVALID_REQUEST_METHOD",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "404": {
      "description": "INVALID_URL_PATTERN",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "413": {
      "description": "REQUEST_ENTITY_TOO_LARGE: body over 1 MiB",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "429": {
      "description": "TOO_MANY_REQUESTS (only through a fault rule)",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "500": {
      "description": "INTERNAL_ERROR",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     }
    },
    "x-zoho-scopes": [
     "ZohoCRM.users.READ"
    ]
   }
  },
  "/crm/{version}/org": {
   "get": {
    "operationId": "getOrg",
    "summary": "The caller's org (spec §17.3)",
    "tags": [
     "Metadata"
    ],
    "parameters": [
     {
      "$ref": "#/components/parameters/version"
     }
    ],
    "security": [
     {
      "zohoOAuthToken": []
     }
    ],
    "responses": {
     "200": {
      "description": "`org`, one element; the SDK reads `org[0].zgid`",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/OrgList"
        }
       }
      }
     },
     "400": {
      "description": "API_NOT_SUPPORTED",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "401": {
      "description": "AUTHENTICATION_FAILURE (no or malformed Authorization), INVALID_TOKEN (unknown, expired, revoked) or OAUTH_SCOPE_MISMATCH",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "403": {
      "description": "INVALID_REQUEST_METHOD",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "404": {
      "description": "INVALID_URL_PATTERN",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "413": {
      "description": "REQUEST_ENTITY_TOO_LARGE: body over 1 MiB",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "429": {
      "description": "TOO_MANY_REQUESTS (only through a fault rule)",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     },
     "500": {
      "description": "INTERNAL_ERROR",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZohoError"
        }
       }
      }
     }
    },
    "x-zoho-scopes": [
     "ZohoCRM.org.READ"
    ]
   }
  },
  "/oauth/v2/token": {
   "post": {
    "operationId": "token",
    "summary": "Exchange a grant code or refresh an access token (spec §3.3)",
    "tags": [
     "Accounts server"
    ],
    "requestBody": {
     "required": false,
     "content": {
      "application/x-www-form-urlencoded": {
       "schema": {
        "$ref": "#/components/schemas/TokenRequest"
       }
      }
     }
    },
    "responses": {
     "200": {
      "description": "tokens, or {\"error\": ...} (Zoho answers most failures with 200)",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/TokenAnswer"
        }
       }
      }
     },
     "404": {
      "description": "invalid_url",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/TokenError"
        }
       }
      }
     },
     "405": {
      "description": "invalid_request_method",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/TokenError"
        }
       }
      }
     },
     "500": {
      "description": "internal_error",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/TokenError"
        }
       }
      }
     }
    }
   }
  },
  "/oauth/v2/token/revoke": {
   "post": {
    "operationId": "revokeToken",
    "summary": "Revoke a refresh token (and its access tokens) or an access token (spec §3.4)",
    "tags": [
     "Accounts server"
    ],
    "parameters": [
     {
      "name": "token",
      "in": "query",
      "schema": {
       "type": "string"
      },
      "description": "also accepted as a form field"
     }
    ],
    "requestBody": {
     "required": false,
     "content": {
      "application/x-www-form-urlencoded": {
       "schema": {
        "type": "object",
        "properties": {
         "token": {
          "type": "string"
         }
        }
       }
      }
     }
    },
    "responses": {
     "200": {
      "description": "{\"status\":\"success\"}",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/RevokeResponse"
        }
       }
      }
     },
     "400": {
      "description": "unknown token: {\"error\":\"invalid_token\",\"status\":\"failure\"}",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/RevokeResponse"
        }
       }
      }
     }
    }
   }
  },
  "/__mock/health": {
   "get": {
    "operationId": "health",
    "summary": "Ready check",
    "tags": [
     "Control API"
    ],
    "security": [
     {},
     {
      "controlToken": []
     }
    ],
    "responses": {
     "200": {
      "description": "ready",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Health"
        },
        "example": {
         "status": "ok"
        }
       }
      }
     },
     "401": {
      "description": "--control-token is set and the request lacks Authorization: Bearer <token>",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ControlError"
        }
       }
      }
     }
    }
   }
  },
  "/__mock/fixtures": {
   "post": {
    "operationId": "loadFixtures",
    "summary": "Load a fixture document (adds or replaces by id; all or nothing)",
    "tags": [
     "Control API"
    ],
    "security": [
     {},
     {
      "controlToken": []
     }
    ],
    "responses": {
     "200": {
      "description": "the orgs it touched",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/FixtureLoadResult"
        }
       }
      }
     },
     "400": {
      "description": "not JSON, or a reference that does not resolve (named)",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ControlError"
        }
       }
      }
     },
     "413": {
      "description": "over 1 MiB",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ControlError"
        }
       }
      }
     },
     "401": {
      "description": "--control-token is set and the request lacks Authorization: Bearer <token>",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ControlError"
        }
       }
      }
     }
    },
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/FixtureDocument"
       }
      }
     }
    }
   }
  },
  "/__mock/reset": {
   "post": {
    "operationId": "reset",
    "summary": "Back to the state at start",
    "tags": [
     "Control API"
    ],
    "security": [
     {},
     {
      "controlToken": []
     }
    ],
    "responses": {
     "200": {
      "description": "reset",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ResetResult"
        }
       }
      }
     },
     "400": {
      "description": "org is not an id",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ControlError"
        }
       }
      }
     },
     "404": {
      "description": "?org= names an org that neither exists nor is seeded",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ControlError"
        }
       }
      }
     },
     "401": {
      "description": "--control-token is set and the request lacks Authorization: Bearer <token>",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ControlError"
        }
       }
      }
     }
    },
    "description": "Without ?org=: every org back to the seed data (and in-process fixtures), the journal emptied (ids from 1), every fault rule removed, the clock back to real time.",
    "parameters": [
     {
      "name": "org",
      "in": "query",
      "required": false,
      "schema": {
       "$ref": "#/components/schemas/ZohoID"
      },
      "description": "reset this org only: a seeded org returns to its seed, any other is removed"
     }
    ]
   }
  },
  "/__mock/state": {
   "get": {
    "operationId": "state",
    "summary": "The state as a fixture document, tokens in full",
    "tags": [
     "Control API"
    ],
    "security": [
     {},
     {
      "controlToken": []
     }
    ],
    "responses": {
     "200": {
      "description": "loading it into a fresh server reproduces the state",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/FixtureDocument"
        }
       }
      }
     },
     "400": {
      "description": "org is not an id",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ControlError"
        }
       }
      }
     },
     "404": {
      "description": "no such org",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ControlError"
        }
       }
      }
     },
     "401": {
      "description": "--control-token is set and the request lacks Authorization: Bearer <token>",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ControlError"
        }
       }
      }
     }
    },
    "parameters": [
     {
      "name": "org",
      "in": "query",
      "required": false,
      "schema": {
       "$ref": "#/components/schemas/ZohoID"
      },
      "description": "one org only"
     }
    ]
   }
  },
  "/__mock/requests": {
   "get": {
    "operationId": "listRequests",
    "summary": "The request journal, oldest first (Zoho API and accounts server)",
    "tags": [
     "Control API"
    ],
    "security": [
     {},
     {
      "controlToken": []
     }
    ],
    "responses": {
     "200": {
      "description": "entries",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/JournalList"
        }
       }
      }
     },
     "400": {
      "description": "a bad filter value",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ControlError"
        }
       }
      }
     },
     "401": {
      "description": "--control-token is set and the request lacks Authorization: Bearer <token>",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ControlError"
        }
       }
      }
     }
    },
    "parameters": [
     {
      "name": "org",
      "in": "query",
      "required": false,
      "schema": {
       "$ref": "#/components/schemas/ZohoID"
      },
      "description": "only this org's requests"
     },
     {
      "name": "method",
      "in": "query",
      "schema": {
       "type": "string"
      }
     },
     {
      "name": "path",
      "in": "query",
      "schema": {
       "type": "string"
      },
      "description": "path prefix"
     },
     {
      "name": "after",
      "in": "query",
      "schema": {
       "type": "integer",
       "minimum": 0
      },
      "description": "entries with a larger id"
     },
     {
      "name": "limit",
      "in": "query",
      "schema": {
       "type": "integer",
       "minimum": 1
      },
      "description": "the newest N (still oldest first)"
     }
    ]
   },
   "delete": {
    "operationId": "clearRequests",
    "summary": "Empty the journal",
    "tags": [
     "Control API"
    ],
    "security": [
     {},
     {
      "controlToken": []
     }
    ],
    "responses": {
     "200": {
      "description": "how many entries were removed",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Deleted"
        }
       }
      }
     },
     "401": {
      "description": "--control-token is set and the request lacks Authorization: Bearer <token>",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ControlError"
        }
       }
      }
     }
    }
   }
  },
  "/__mock/faults": {
   "post": {
    "operationId": "addFault",
    "summary": "Add a fault rule",
    "tags": [
     "Control API"
    ],
    "security": [
     {},
     {
      "controlToken": []
     }
    ],
    "responses": {
     "201": {
      "description": "the rule, with its id",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/FaultRule"
        }
       }
      }
     },
     "400": {
      "description": "an unknown key, a bad value, an unknown code",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ControlError"
        }
       }
      }
     },
     "401": {
      "description": "--control-token is set and the request lacks Authorization: Bearer <token>",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ControlError"
        }
       }
      }
     }
    },
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/FaultRuleInput"
       }
      }
     }
    }
   },
   "get": {
    "operationId": "listFaults",
    "summary": "Every fault rule with its counters",
    "tags": [
     "Control API"
    ],
    "security": [
     {},
     {
      "controlToken": []
     }
    ],
    "responses": {
     "200": {
      "description": "rules in the order they apply",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/FaultList"
        }
       }
      }
     },
     "401": {
      "description": "--control-token is set and the request lacks Authorization: Bearer <token>",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ControlError"
        }
       }
      }
     }
    }
   },
   "delete": {
    "operationId": "clearFaults",
    "summary": "Remove every fault rule",
    "tags": [
     "Control API"
    ],
    "security": [
     {},
     {
      "controlToken": []
     }
    ],
    "responses": {
     "200": {
      "description": "how many were removed",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Deleted"
        }
       }
      }
     },
     "401": {
      "description": "--control-token is set and the request lacks Authorization: Bearer <token>",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ControlError"
        }
       }
      }
     }
    }
   }
  },
  "/__mock/faults/{id}": {
   "delete": {
    "operationId": "removeFault",
    "summary": "Remove one fault rule",
    "tags": [
     "Control API"
    ],
    "security": [
     {},
     {
      "controlToken": []
     }
    ],
    "responses": {
     "200": {
      "description": "removed",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Deleted"
        }
       }
      }
     },
     "404": {
      "description": "no such rule",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ControlError"
        }
       }
      }
     },
     "401": {
      "description": "--control-token is set and the request lacks Authorization: Bearer <token>",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ControlError"
        }
       }
      }
     }
    },
    "parameters": [
     {
      "name": "id",
      "in": "path",
      "required": true,
      "schema": {
       "type": "integer"
      }
     }
    ]
   }
  },
  "/__mock/clock": {
   "get": {
    "operationId": "clock",
    "summary": "The emulator's clock",
    "tags": [
     "Control API"
    ],
    "security": [
     {},
     {
      "controlToken": []
     }
    ],
    "responses": {
     "200": {
      "description": "now",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ClockState"
        }
       }
      }
     },
     "401": {
      "description": "--control-token is set and the request lacks Authorization: Bearer <token>",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ControlError"
        }
       }
      }
     }
    }
   },
   "post": {
    "operationId": "setClock",
    "summary": "Freeze the clock at `now`, or move it by `advance_seconds` (frozen or running)",
    "tags": [
     "Control API"
    ],
    "security": [
     {},
     {
      "controlToken": []
     }
    ],
    "responses": {
     "200": {
      "description": "the clock after the change",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ClockState"
        }
       }
      }
     },
     "400": {
      "description": "neither or both keys, a bad date-time",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ControlError"
        }
       }
      }
     },
     "401": {
      "description": "--control-token is set and the request lacks Authorization: Bearer <token>",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ControlError"
        }
       }
      }
     }
    },
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/ClockInput"
       }
      }
     }
    }
   },
   "delete": {
    "operationId": "releaseClock",
    "summary": "Back to real time",
    "tags": [
     "Control API"
    ],
    "security": [
     {},
     {
      "controlToken": []
     }
    ],
    "responses": {
     "200": {
      "description": "the real time",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ClockState"
        }
       }
      }
     },
     "401": {
      "description": "--control-token is set and the request lacks Authorization: Bearer <token>",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ControlError"
        }
       }
      }
     }
    }
   }
  },
  "/__mock/openapi.json": {
   "get": {
    "operationId": "openAPI",
    "summary": "This document",
    "tags": [
     "Control API"
    ],
    "security": [
     {},
     {
      "controlToken": []
     }
    ],
    "responses": {
     "200": {
      "description": "OpenAPI 3.0",
      "content": {
       "application/json": {
        "schema": {
         "type": "object"
        }
       }
      }
     },
     "401": {
      "description": "--control-token is set and the request lacks Authorization: Bearer <token>",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ControlError"
        }
       }
      }
     }
    }
   }
  }
 },
 "components": {
  "schemas": {
   "ZohoID": {
    "type": "string",
    "pattern": "^[0-9]{1,19}$",
    "description": "A Zoho id: a positive 64-bit integer written as a decimal string",
    "example": "5843104000000425566"
   },
   "ZohoDateTime": {
    "type": "string",
    "format": "date-time",
    "description": "ISO-8601 with seconds and a numeric offset, in the org's time zone",
    "example": "2023-09-05T05:13:36-04:00"
   },
   "NullableZohoID": {
    "type": "string",
    "pattern": "^[0-9]{1,19}$",
    "description": "A Zoho id: a positive 64-bit integer written as a decimal string",
    "example": "5843104000000425566",
    "nullable": true
   },
   "NullableMinifiedUser": {
    "type": "object",
    "nullable": true,
    "required": [
     "name",
     "id"
    ],
    "properties": {
     "name": {
      "type": "string",
      "nullable": true
     },
     "id": {
      "$ref": "#/components/schemas/ZohoID"
     }
    }
   },
   "ZohoError": {
    "type": "object",
    "description": "Zoho's error envelope; the emulator's one catalog (ZohoError) writes it",
    "required": [
     "code",
     "details",
     "message",
     "status"
    ],
    "properties": {
     "code": {
      "type": "string",
      "example": "INVALID_DATA"
     },
     "details": {
      "type": "object",
      "additionalProperties": true
     },
     "message": {
      "type": "string"
     },
     "status": {
      "type": "string",
      "enum": [
       "error"
      ]
     }
    }
   },
   "SuccessItem": {
    "type": "object",
    "required": [
     "code",
     "details",
     "message",
     "status"
    ],
    "properties": {
     "code": {
      "type": "string",
      "enum": [
       "SUCCESS"
      ]
     },
     "details": {
      "type": "object",
      "additionalProperties": true,
      "properties": {
       "id": {
        "$ref": "#/components/schemas/ZohoID"
       },
       "Created_Time": {
        "$ref": "#/components/schemas/ZohoDateTime"
       },
       "Created_By": {
        "$ref": "#/components/schemas/MinifiedUser"
       },
       "Modified_Time": {
        "$ref": "#/components/schemas/ZohoDateTime"
       },
       "Modified_By": {
        "$ref": "#/components/schemas/MinifiedUser"
       }
      }
     },
     "message": {
      "type": "string",
      "example": "record added"
     },
     "status": {
      "type": "string",
      "enum": [
       "success"
      ]
     }
    }
   },
   "ActionResult": {
    "oneOf": [
     {
      "$ref": "#/components/schemas/SuccessItem"
     },
     {
      "$ref": "#/components/schemas/ZohoError"
     }
    ]
   },
   "MinifiedUser": {
    "type": "object",
    "required": [
     "name",
     "id"
    ],
    "properties": {
     "name": {
      "type": "string",
      "nullable": true
     },
     "id": {
      "$ref": "#/components/schemas/ZohoID"
     }
    }
   },
   "NamedReference": {
    "type": "object",
    "required": [
     "id"
    ],
    "properties": {
     "name": {
      "type": "string",
      "nullable": true
     },
     "id": {
      "$ref": "#/components/schemas/ZohoID"
     }
    }
   },
   "APINameReference": {
    "type": "object",
    "required": [
     "api_name",
     "id"
    ],
    "properties": {
     "api_name": {
      "type": "string"
     },
     "id": {
      "$ref": "#/components/schemas/ZohoID"
     }
    }
   },
   "LockedFor": {
    "type": "object",
    "required": [
     "module",
     "name",
     "id"
    ],
    "properties": {
     "module": {
      "$ref": "#/components/schemas/APINameReference"
     },
     "name": {
      "type": "string",
      "nullable": true
     },
     "id": {
      "$ref": "#/components/schemas/ZohoID"
     }
    }
   },
   "LockEntry": {
    "type": "object",
    "description": "A row of Locking_Information__s (spec §4). With `fields`, only the named lock fields plus id, $editable and $sharing_permission.",
    "required": [
     "id",
     "$editable",
     "$sharing_permission"
    ],
    "properties": {
     "Locked_By__s": {
      "$ref": "#/components/schemas/NullableMinifiedUser"
     },
     "Locked_For__s": {
      "$ref": "#/components/schemas/LockedFor"
     },
     "Locked_Reason__s": {
      "type": "string",
      "nullable": true,
      "maxLength": 3000
     },
     "Lock_Source__s": {
      "type": "string",
      "enum": [
       "Manual",
       "Automatic"
      ]
     },
     "Locked_Time__s": {
      "$ref": "#/components/schemas/ZohoDateTime"
     },
     "Record_Locking_Configuration_Id__s": {
      "$ref": "#/components/schemas/ZohoID"
     },
     "Record_Locking_Rule_Id__s": {
      "$ref": "#/components/schemas/NullableZohoID"
     },
     "Feature_Type__s": {
      "type": "string",
      "enum": [
       "record_locking"
      ]
     },
     "$editable": {
      "type": "boolean"
     },
     "$sharing_permission": {
      "type": "string",
      "enum": [
       "full_access",
       "read_only"
      ]
     },
     "$field_states": {
      "nullable": true
     },
     "$zia_visions": {
      "nullable": true
     },
     "id": {
      "$ref": "#/components/schemas/ZohoID"
     }
    }
   },
   "PageInfo": {
    "type": "object",
    "required": [
     "per_page",
     "count",
     "page",
     "more_records"
    ],
    "properties": {
     "per_page": {
      "type": "integer"
     },
     "next_page_token": {
      "type": "string",
      "nullable": true
     },
     "count": {
      "type": "integer"
     },
     "page": {
      "type": "integer"
     },
     "previous_page_token": {
      "type": "string",
      "nullable": true
     },
     "page_token_expiry": {
      "type": "string",
      "nullable": true
     },
     "more_records": {
      "type": "boolean"
     }
    }
   },
   "LockList": {
    "type": "object",
    "required": [
     "data",
     "info"
    ],
    "properties": {
     "data": {
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/LockEntry"
      }
     },
     "info": {
      "$ref": "#/components/schemas/PageInfo"
     }
    }
   },
   "LockItem": {
    "type": "object",
    "required": [
     "data"
    ],
    "properties": {
     "data": {
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/LockEntry"
      }
     }
    }
   },
   "LockBody": {
    "type": "object",
    "required": [
     "data"
    ],
    "properties": {
     "data": {
      "type": "array",
      "minItems": 1,
      "items": {
       "type": "object",
       "required": [
        "Locked_Reason__s"
       ],
       "properties": {
        "Locked_Reason__s": {
         "type": "string",
         "minLength": 1,
         "maxLength": 3000
        }
       }
      }
     }
    },
    "example": {
     "data": [
      {
       "Locked_Reason__s": "deal in progress"
      }
     ]
    }
   },
   "ActionResponse": {
    "type": "object",
    "required": [
     "data"
    ],
    "properties": {
     "data": {
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/ActionResult"
      }
     }
    }
   },
   "Criteria": {
    "type": "object",
    "description": "A condition (comparator, field, value) or a group (group_operator, group)",
    "properties": {
     "comparator": {
      "type": "string"
     },
     "field": {
      "type": "object",
      "properties": {
       "api_name": {
        "type": "string"
       },
       "id": {
        "$ref": "#/components/schemas/ZohoID"
       }
      }
     },
     "value": {
      "description": "any JSON value the comparator takes"
     },
     "group_operator": {
      "type": "string",
      "enum": [
       "and",
       "or",
       "AND",
       "OR"
      ]
     },
     "group": {
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/Criteria"
      }
     }
    }
   },
   "LockingRule": {
    "type": "object",
    "required": [
     "name",
     "id",
     "lock_existing_records",
     "criteria"
    ],
    "properties": {
     "name": {
      "type": "string"
     },
     "id": {
      "$ref": "#/components/schemas/ZohoID"
     },
     "lock_existing_records": {
      "type": "boolean"
     },
     "criteria": {
      "$ref": "#/components/schemas/Criteria"
     }
    }
   },
   "Configuration": {
    "type": "object",
    "description": "A module's record-locking configuration (spec §10); empty lists are null",
    "required": [
     "id",
     "lock_type",
     "locked_for",
     "restricted_actions",
     "feature_type",
     "system_defined",
     "lock_for_portal_users",
     "created_time",
     "modified_time"
    ],
    "properties": {
     "created_time": {
      "$ref": "#/components/schemas/ZohoDateTime"
     },
     "locked_for": {
      "type": "string",
      "enum": [
       "all_profiles",
       "all_profiles_except_excluded_profiles"
      ]
     },
     "excluded_fields": {
      "type": "array",
      "nullable": true,
      "items": {
       "$ref": "#/components/schemas/APINameReference"
      }
     },
     "created_by": {
      "$ref": "#/components/schemas/NullableMinifiedUser"
     },
     "feature_type": {
      "type": "string",
      "enum": [
       "record_locking"
      ]
     },
     "locking_rules": {
      "type": "array",
      "nullable": true,
      "items": {
       "$ref": "#/components/schemas/LockingRule"
      }
     },
     "restricted_actions": {
      "type": "array",
      "items": {
       "type": "string",
       "enum": [
        "convert",
        "update",
        "delete",
        "change_owner",
        "tags"
       ]
      }
     },
     "lock_for_portal_users": {
      "type": "boolean"
     },
     "modified_time": {
      "$ref": "#/components/schemas/ZohoDateTime"
     },
     "restricted_communications": {
      "type": "array",
      "nullable": true,
      "items": {
       "type": "string",
       "enum": [
        "send_mail",
        "send_survey",
        "send_portal_invitation"
       ]
      }
     },
     "system_defined": {
      "type": "boolean"
     },
     "modified_by": {
      "$ref": "#/components/schemas/NullableMinifiedUser"
     },
     "id": {
      "$ref": "#/components/schemas/ZohoID"
     },
     "lock_type": {
      "type": "string",
      "enum": [
       "manual",
       "automatic",
       "both"
      ]
     },
     "restricted_custom_buttons": {
      "type": "array",
      "nullable": true,
      "items": {
       "$ref": "#/components/schemas/NamedReference"
      }
     },
     "lock_excluded_profiles": {
      "type": "array",
      "nullable": true,
      "items": {
       "$ref": "#/components/schemas/NamedReference"
      }
     }
    }
   },
   "ConfigurationInput": {
    "type": "object",
    "description": "POST needs lock_type; PUT changes the keys given and edits rules by id (`_delete: true` removes one)",
    "properties": {
     "id": {
      "$ref": "#/components/schemas/ZohoID"
     },
     "lock_type": {
      "type": "string",
      "enum": [
       "manual",
       "automatic",
       "both"
      ]
     },
     "locked_for": {
      "type": "string",
      "enum": [
       "all_profiles",
       "all_profiles_except_excluded_profiles"
      ]
     },
     "lock_excluded_profiles": {
      "type": "array",
      "nullable": true,
      "maxItems": 15,
      "items": {
       "type": "object",
       "properties": {
        "id": {
         "$ref": "#/components/schemas/ZohoID"
        }
       }
      }
     },
     "excluded_fields": {
      "type": "array",
      "nullable": true,
      "maxItems": 15,
      "items": {
       "type": "object",
       "properties": {
        "api_name": {
         "type": "string"
        },
        "id": {
         "$ref": "#/components/schemas/ZohoID"
        }
       }
      }
     },
     "restricted_actions": {
      "type": "array",
      "nullable": true,
      "items": {
       "type": "string"
      }
     },
     "restricted_communications": {
      "type": "array",
      "nullable": true,
      "items": {
       "type": "string"
      }
     },
     "restricted_custom_buttons": {
      "type": "array",
      "nullable": true,
      "maxItems": 30,
      "items": {
       "type": "object",
       "properties": {
        "id": {
         "$ref": "#/components/schemas/ZohoID"
        }
       }
      }
     },
     "lock_for_portal_users": {
      "type": "boolean"
     },
     "feature_type": {
      "type": "string",
      "enum": [
       "record_locking"
      ]
     },
     "locking_rules": {
      "type": "array",
      "nullable": true,
      "maxItems": 5,
      "items": {
       "type": "object",
       "properties": {
        "id": {
         "$ref": "#/components/schemas/ZohoID"
        },
        "name": {
         "type": "string"
        },
        "lock_existing_records": {
         "type": "boolean"
        },
        "criteria": {
         "$ref": "#/components/schemas/Criteria"
        },
        "_delete": {
         "type": "boolean"
        }
       }
      }
     }
    }
   },
   "ConfigurationList": {
    "type": "object",
    "required": [
     "record_locking_configurations"
    ],
    "properties": {
     "record_locking_configurations": {
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/Configuration"
      }
     }
    }
   },
   "ConfigurationBody": {
    "type": "object",
    "required": [
     "record_locking_configurations"
    ],
    "properties": {
     "record_locking_configurations": {
      "type": "array",
      "minItems": 1,
      "items": {
       "$ref": "#/components/schemas/ConfigurationInput"
      }
     }
    },
    "example": {
     "record_locking_configurations": [
      {
       "lock_type": "manual",
       "restricted_actions": [
        "update",
        "delete"
       ]
      }
     ]
    }
   },
   "ConfigurationActionResponse": {
    "type": "object",
    "required": [
     "record_locking_configurations"
    ],
    "properties": {
     "record_locking_configurations": {
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/ActionResult"
      }
     }
    }
   },
   "RecordUser": {
    "type": "object",
    "nullable": true,
    "description": "`{name, id, email}`, the user shape of record responses; null when the record has no such user",
    "required": [
     "name",
     "id",
     "email"
    ],
    "properties": {
     "name": {
      "type": "string"
     },
     "id": {
      "$ref": "#/components/schemas/ZohoID"
     },
     "email": {
      "type": "string"
     }
    }
   },
   "Record": {
    "type": "object",
    "description": "A record as Get Records shows it: `Owner`, the record's own fields (any JSON, as written), `Full_Name` (Leads and Contacts), the system fields, the lock flags, then `id`",
    "additionalProperties": true,
    "required": [
     "Owner",
     "Created_By",
     "Modified_By",
     "Created_Time",
     "Modified_Time",
     "Last_Activity_Time",
     "Locked__s",
     "$locked_for_me",
     "id"
    ],
    "properties": {
     "Owner": {
      "$ref": "#/components/schemas/RecordUser"
     },
     "Full_Name": {
      "type": "string",
      "nullable": true,
      "description": "`First_Name Last_Name`; Leads and Contacts only"
     },
     "Created_By": {
      "$ref": "#/components/schemas/RecordUser"
     },
     "Modified_By": {
      "$ref": "#/components/schemas/RecordUser"
     },
     "Created_Time": {
      "$ref": "#/components/schemas/ZohoDateTime"
     },
     "Modified_Time": {
      "$ref": "#/components/schemas/ZohoDateTime"
     },
     "Last_Activity_Time": {
      "$ref": "#/components/schemas/ZohoDateTime"
     },
     "Locked__s": {
      "type": "boolean",
      "description": "the record holds a lock"
     },
     "$locked_for_me": {
      "type": "boolean",
      "description": "the lock binds the caller (its profile is not exempt)"
     },
     "id": {
      "$ref": "#/components/schemas/ZohoID"
     }
    }
   },
   "RecordList": {
    "type": "object",
    "required": [
     "data"
    ],
    "properties": {
     "data": {
      "type": "array",
      "minItems": 1,
      "maxItems": 1,
      "items": {
       "$ref": "#/components/schemas/Record"
      }
     }
    }
   },
   "RecordBody": {
    "type": "object",
    "required": [
     "data"
    ],
    "properties": {
     "data": {
      "type": "array",
      "minItems": 1,
      "maxItems": 100,
      "items": {
       "type": "object",
       "description": "the record's fields; `id`, `Created_*`, `Modified_*`, `Last_Activity_Time`, `Full_Name`, `Tag`, `Locked__s` and `$…` keys are the system's and are ignored, so a record read can be sent back as is; null clears a field",
       "additionalProperties": true,
       "properties": {
        "id": {
         "$ref": "#/components/schemas/ZohoID"
        },
        "Owner": {
         "type": "object",
         "description": "a user of the org (a bare id is accepted too); the caller by default",
         "required": [
          "id"
         ],
         "properties": {
          "id": {
           "$ref": "#/components/schemas/ZohoID"
          }
         }
        }
       }
      }
     }
    },
    "description": "PUT /{module} names each record by `id`; PUT /{module}/{record_id} uses the first element and ignores its `id`. POST needs the module's name field (`Last_Name`, `Account_Name`, `Deal_Name`, `Subject`, ..., `Name` in custom modules)",
    "example": {
     "data": [
      {
       "Last_Name": "Frey",
       "Company": "Dal Tile Corporation"
      }
     ]
    }
   },
   "RecordSuccessItem": {
    "type": "object",
    "required": [
     "code",
     "details",
     "message",
     "status"
    ],
    "properties": {
     "code": {
      "type": "string",
      "enum": [
       "SUCCESS"
      ]
     },
     "details": {
      "type": "object",
      "description": "insert and update: `{Modified_Time, Modified_By, Created_Time, id, Created_By}`; delete: `{id}`",
      "required": [
       "id"
      ],
      "properties": {
       "Modified_Time": {
        "$ref": "#/components/schemas/ZohoDateTime"
       },
       "Modified_By": {
        "$ref": "#/components/schemas/NullableMinifiedUser"
       },
       "Created_Time": {
        "$ref": "#/components/schemas/ZohoDateTime"
       },
       "id": {
        "$ref": "#/components/schemas/ZohoID"
       },
       "Created_By": {
        "$ref": "#/components/schemas/NullableMinifiedUser"
       }
      }
     },
     "message": {
      "type": "string",
      "enum": [
       "record added",
       "record updated",
       "record deleted"
      ]
     },
     "status": {
      "type": "string",
      "enum": [
       "success"
      ]
     }
    }
   },
   "RecordLockedError": {
    "description": "A restricted action on a locked record (spec §15.2), in the record's place of `data`",
    "allOf": [
     {
      "$ref": "#/components/schemas/ZohoError"
     },
     {
      "type": "object",
      "properties": {
       "code": {
        "type": "string",
        "enum": [
         "RECORD_LOCKED"
        ]
       },
       "details": {
        "type": "object",
        "required": [
         "action",
         "id"
        ],
        "properties": {
         "action": {
          "type": "string",
          "enum": [
           "record_locking"
          ]
         },
         "id": {
          "$ref": "#/components/schemas/ZohoID"
         }
        }
       },
       "message": {
        "type": "string",
        "enum": [
         "Sorry, you cannot perform this operation as the record is locked."
        ]
       }
      }
     }
    ],
    "example": {
     "code": "RECORD_LOCKED",
     "details": {
      "action": "record_locking",
      "id": "5843104000000425566"
     },
     "message": "Sorry, you cannot perform this operation as the record is locked.",
     "status": "error"
    }
   },
   "RecordActionResult": {
    "description": "One record's outcome: a success, RECORD_LOCKED, or another per-item error (MANDATORY_NOT_FOUND, INVALID_DATA); RECORD_LOCKED is also a ZohoError, hence anyOf",
    "anyOf": [
     {
      "$ref": "#/components/schemas/RecordSuccessItem"
     },
     {
      "$ref": "#/components/schemas/RecordLockedError"
     },
     {
      "$ref": "#/components/schemas/ZohoError"
     }
    ]
   },
   "RecordActionResponse": {
    "type": "object",
    "description": "One item per record (or id), in request order",
    "required": [
     "data"
    ],
    "properties": {
     "data": {
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/RecordActionResult"
      }
     }
    }
   },
   "FieldMetadata": {
    "type": "object",
    "description": "The keys the official SDK reads (`api_name`, `data_type`, `system_mandatory`, `custom_field`, `pick_list_values`, `json_type`) plus the usual labels",
    "required": [
     "api_name",
     "id",
     "field_label",
     "display_label",
     "data_type",
     "json_type",
     "system_mandatory",
     "custom_field",
     "read_only",
     "visible",
     "length"
    ],
    "properties": {
     "api_name": {
      "type": "string"
     },
     "id": {
      "$ref": "#/components/schemas/ZohoID"
     },
     "field_label": {
      "type": "string"
     },
     "display_label": {
      "type": "string"
     },
     "data_type": {
      "type": "string",
      "example": "picklist"
     },
     "json_type": {
      "type": "string",
      "enum": [
       "string",
       "integer",
       "double",
       "boolean",
       "jsonobject",
       "jsonarray"
      ]
     },
     "system_mandatory": {
      "type": "boolean"
     },
     "custom_field": {
      "type": "boolean"
     },
     "read_only": {
      "type": "boolean"
     },
     "visible": {
      "type": "boolean"
     },
     "length": {
      "type": "integer"
     },
     "pick_list_values": {
      "type": "array",
      "description": "picklist and multiselectpicklist fields only",
      "items": {
       "type": "object",
       "required": [
        "display_value",
        "actual_value"
       ],
       "properties": {
        "display_value": {
         "type": "string"
        },
        "actual_value": {
         "type": "string"
        }
       }
      }
     }
    }
   },
   "FieldList": {
    "type": "object",
    "required": [
     "fields"
    ],
    "properties": {
     "fields": {
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/FieldMetadata"
      }
     }
    }
   },
   "ModuleMetadata": {
    "type": "object",
    "description": "`modified_time` is the org's last change of modules or fields, the date If-Modified-Since compares with",
    "required": [
     "api_name",
     "module_name",
     "id",
     "api_supported",
     "generated_type",
     "singular_label",
     "plural_label",
     "status",
     "modified_time"
    ],
    "properties": {
     "api_name": {
      "type": "string"
     },
     "module_name": {
      "type": "string"
     },
     "id": {
      "$ref": "#/components/schemas/ZohoID"
     },
     "api_supported": {
      "type": "boolean"
     },
     "generated_type": {
      "type": "string",
      "example": "default",
      "description": "`default` or `custom`"
     },
     "singular_label": {
      "type": "string"
     },
     "plural_label": {
      "type": "string"
     },
     "status": {
      "type": "string",
      "example": "visible"
     },
     "modified_time": {
      "$ref": "#/components/schemas/ZohoDateTime"
     }
    }
   },
   "ModuleList": {
    "type": "object",
    "required": [
     "modules"
    ],
    "properties": {
     "modules": {
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/ModuleMetadata"
      }
     }
    }
   },
   "OrgUser": {
    "type": "object",
    "required": [
     "id",
     "full_name",
     "first_name",
     "last_name",
     "email",
     "profile",
     "status",
     "time_zone"
    ],
    "properties": {
     "id": {
      "$ref": "#/components/schemas/ZohoID"
     },
     "full_name": {
      "type": "string"
     },
     "first_name": {
      "type": "string",
      "nullable": true,
      "description": "null for a one-word name"
     },
     "last_name": {
      "type": "string"
     },
     "email": {
      "type": "string"
     },
     "profile": {
      "type": "object",
      "nullable": true,
      "required": [
       "name",
       "id"
      ],
      "properties": {
       "name": {
        "type": "string",
        "nullable": true
       },
       "id": {
        "$ref": "#/components/schemas/ZohoID"
       }
      }
     },
     "status": {
      "type": "string",
      "enum": [
       "active"
      ]
     },
     "time_zone": {
      "type": "string",
      "example": "America/New_York"
     }
    }
   },
   "UserList": {
    "type": "object",
    "required": [
     "users",
     "info"
    ],
    "properties": {
     "users": {
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/OrgUser"
      }
     },
     "info": {
      "$ref": "#/components/schemas/PageInfo"
     }
    }
   },
   "Org": {
    "type": "object",
    "required": [
     "id",
     "company_name",
     "zgid",
     "primary_email",
     "time_zone",
     "type",
     "license_details"
    ],
    "properties": {
     "id": {
      "$ref": "#/components/schemas/ZohoID"
     },
     "company_name": {
      "type": "string"
     },
     "zgid": {
      "type": "string",
      "pattern": "^[0-9]{1,19}$",
      "description": "the org's id, as a string"
     },
     "primary_email": {
      "type": "string",
      "description": "the caller's email"
     },
     "time_zone": {
      "type": "string"
     },
     "type": {
      "type": "string",
      "enum": [
       "production"
      ]
     },
     "license_details": {
      "type": "object",
      "required": [
       "paid_type"
      ],
      "properties": {
       "paid_type": {
        "type": "string",
        "enum": [
         "free",
         "standard",
         "professional",
         "enterprise",
         "ultimate"
        ]
       }
      }
     }
    }
   },
   "OrgList": {
    "type": "object",
    "required": [
     "org"
    ],
    "properties": {
     "org": {
      "type": "array",
      "minItems": 1,
      "maxItems": 1,
      "items": {
       "$ref": "#/components/schemas/Org"
      }
     }
    }
   },
   "TokenRequest": {
    "type": "object",
    "description": "Form fields; the query string is read too (body wins)",
    "required": [
     "grant_type",
     "client_id",
     "client_secret"
    ],
    "properties": {
     "grant_type": {
      "type": "string",
      "enum": [
       "authorization_code",
       "refresh_token"
      ]
     },
     "client_id": {
      "type": "string"
     },
     "client_secret": {
      "type": "string"
     },
     "code": {
      "type": "string",
      "description": "grant code (authorization_code)"
     },
     "redirect_uri": {
      "type": "string"
     },
     "refresh_token": {
      "type": "string",
      "description": "refresh_token grant"
     }
    }
   },
   "TokenResponse": {
    "type": "object",
    "required": [
     "access_token",
     "api_domain",
     "token_type",
     "expires_in"
    ],
    "properties": {
     "access_token": {
      "type": "string"
     },
     "refresh_token": {
      "type": "string",
      "description": "only on the grant-code exchange"
     },
     "api_domain": {
      "type": "string",
      "description": "the emulator's own base URL"
     },
     "token_type": {
      "type": "string",
      "enum": [
       "Bearer"
      ]
     },
     "expires_in": {
      "type": "integer",
      "description": "seconds"
     }
    }
   },
   "TokenError": {
    "type": "object",
    "required": [
     "error"
    ],
    "description": "Zoho answers most token failures with HTTP 200",
    "properties": {
     "error": {
      "type": "string",
      "enum": [
       "invalid_client",
       "invalid_client_secret",
       "invalid_code",
       "invalid_redirect_uri",
       "unsupported_grant_type",
       "internal_error",
       "invalid_url",
       "invalid_request_method"
      ]
     }
    }
   },
   "TokenAnswer": {
    "oneOf": [
     {
      "$ref": "#/components/schemas/TokenResponse"
     },
     {
      "$ref": "#/components/schemas/TokenError"
     }
    ]
   },
   "RevokeResponse": {
    "type": "object",
    "required": [
     "status"
    ],
    "properties": {
     "status": {
      "type": "string",
      "enum": [
       "success",
       "failure"
      ]
     },
     "error": {
      "type": "string"
     }
    }
   },
   "ControlError": {
    "type": "object",
    "required": [
     "error"
    ],
    "properties": {
     "error": {
      "type": "string"
     }
    },
    "example": {
     "error": "limit must be a positive integer, got 0"
    }
   },
   "Health": {
    "type": "object",
    "required": [
     "status"
    ],
    "properties": {
     "status": {
      "type": "string",
      "enum": [
       "ok"
      ]
     }
    }
   },
   "FixtureDocument": {
    "type": "object",
    "required": [
     "orgs"
    ],
    "description": "Contract §2. Every reference must resolve, or nothing is loaded. GET /__mock/state writes every key, ids in full, plus locking_module_created and id_sequence per org.",
    "properties": {
     "orgs": {
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/FixtureOrg"
      }
     }
    }
   },
   "FixtureOrg": {
    "type": "object",
    "additionalProperties": true,
    "properties": {
     "id": {
      "$ref": "#/components/schemas/ZohoID"
     },
     "name": {
      "type": "string"
     },
     "edition": {
      "type": "string",
      "enum": [
       "free",
       "standard",
       "professional",
       "enterprise",
       "ultimate"
      ]
     },
     "time_zone": {
      "type": "string"
     },
     "locking_module_created": {
      "type": "boolean",
      "description": "Locking_Information__s exists (set by the first configuration, kept after its deletion)"
     },
     "id_sequence": {
      "type": "integer",
      "description": "how many ids the org generated; generated ids continue after it"
     },
     "profiles": {
      "type": "array",
      "items": {
       "type": "object",
       "required": [
        "name"
       ],
       "properties": {
        "id": {
         "$ref": "#/components/schemas/ZohoID"
        },
        "name": {
         "type": "string"
        },
        "record_locking": {
         "type": "boolean"
        },
        "customize_crm": {
         "type": "boolean"
        }
       }
      }
     },
     "users": {
      "type": "array",
      "items": {
       "type": "object",
       "required": [
        "name",
        "profile_id"
       ],
       "properties": {
        "id": {
         "$ref": "#/components/schemas/ZohoID"
        },
        "name": {
         "type": "string"
        },
        "email": {
         "type": "string"
        },
        "profile_id": {
         "$ref": "#/components/schemas/ZohoID"
        }
       }
      }
     },
     "modules": {
      "type": "array",
      "items": {
       "type": "object",
       "required": [
        "api_name"
       ],
       "properties": {
        "api_name": {
         "type": "string"
        },
        "id": {
         "$ref": "#/components/schemas/ZohoID"
        },
        "generated_type": {
         "type": "string"
        },
        "fields": {
         "type": "array",
         "items": {
          "type": "object",
          "properties": {
           "api_name": {
            "type": "string"
           },
           "data_type": {
            "type": "string"
           },
           "id": {
            "$ref": "#/components/schemas/ZohoID"
           }
          }
         }
        },
        "custom_buttons": {
         "type": "array",
         "items": {
          "$ref": "#/components/schemas/NamedReference"
         }
        }
       }
      }
     },
     "tokens": {
      "type": "array",
      "items": {
       "type": "object",
       "required": [
        "access_token",
        "user_id"
       ],
       "properties": {
        "access_token": {
         "type": "string"
        },
        "user_id": {
         "$ref": "#/components/schemas/ZohoID"
        },
        "scopes": {
         "type": "array",
         "items": {
          "type": "string"
         }
        },
        "expires_in": {
         "type": "integer",
         "description": "seconds left; absent: never expires"
        },
        "refresh_token": {
         "type": "string"
        }
       }
      }
     },
     "oauth_clients": {
      "type": "array",
      "items": {
       "type": "object",
       "required": [
        "client_id",
        "client_secret",
        "user_id"
       ],
       "properties": {
        "client_id": {
         "type": "string"
        },
        "client_secret": {
         "type": "string"
        },
        "user_id": {
         "$ref": "#/components/schemas/ZohoID"
        },
        "scopes": {
         "type": "array",
         "items": {
          "type": "string"
         }
        },
        "redirect_uri": {
         "type": "string"
        },
        "grant_codes": {
         "type": "array",
         "items": {
          "oneOf": [
           {
            "type": "string"
           },
           {
            "type": "object",
            "required": [
             "code"
            ],
            "properties": {
             "code": {
              "type": "string"
             },
             "expires_in": {
              "type": "integer"
             }
            }
           }
          ]
         }
        },
        "refresh_tokens": {
         "type": "array",
         "items": {
          "type": "string"
         }
        }
       }
      }
     },
     "records": {
      "type": "array",
      "items": {
       "type": "object",
       "required": [
        "module"
       ],
       "properties": {
        "module": {
         "type": "string"
        },
        "id": {
         "$ref": "#/components/schemas/ZohoID"
        },
        "name": {
         "type": "string"
        },
        "owner_id": {
         "$ref": "#/components/schemas/ZohoID"
        },
        "fields": {
         "type": "object",
         "additionalProperties": true
        },
        "created_time": {
         "$ref": "#/components/schemas/ZohoDateTime"
        },
        "modified_time": {
         "$ref": "#/components/schemas/ZohoDateTime"
        },
        "created_by_id": {
         "$ref": "#/components/schemas/ZohoID"
        },
        "modified_by_id": {
         "$ref": "#/components/schemas/ZohoID"
        }
       }
      }
     },
     "record_locking_configurations": {
      "type": "array",
      "items": {
       "allOf": [
        {
         "$ref": "#/components/schemas/ConfigurationInput"
        },
        {
         "type": "object",
         "required": [
          "module"
         ],
         "properties": {
          "module": {
           "type": "string"
          },
          "system_defined": {
           "type": "boolean"
          },
          "created_by_id": {
           "$ref": "#/components/schemas/ZohoID"
          },
          "modified_by_id": {
           "$ref": "#/components/schemas/ZohoID"
          },
          "created_time": {
           "$ref": "#/components/schemas/ZohoDateTime"
          },
          "modified_time": {
           "$ref": "#/components/schemas/ZohoDateTime"
          }
         }
        }
       ]
      }
     },
     "locks": {
      "type": "array",
      "items": {
       "type": "object",
       "required": [
        "module",
        "record_id"
       ],
       "properties": {
        "module": {
         "type": "string"
        },
        "record_id": {
         "$ref": "#/components/schemas/ZohoID"
        },
        "id": {
         "$ref": "#/components/schemas/ZohoID"
        },
        "Lock_Source__s": {
         "type": "string",
         "enum": [
          "Manual",
          "Automatic"
         ]
        },
        "Locked_Reason__s": {
         "type": "string"
        },
        "locked_by_id": {
         "$ref": "#/components/schemas/ZohoID"
        },
        "Record_Locking_Rule_Id__s": {
         "$ref": "#/components/schemas/ZohoID"
        },
        "Locked_Time__s": {
         "$ref": "#/components/schemas/ZohoDateTime"
        },
        "Modified_Time": {
         "$ref": "#/components/schemas/ZohoDateTime"
        }
       }
      }
     }
    }
   },
   "FixtureLoadResult": {
    "type": "object",
    "required": [
     "orgs"
    ],
    "properties": {
     "orgs": {
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/ZohoID"
      }
     }
    }
   },
   "ResetResult": {
    "oneOf": [
     {
      "type": "object",
      "required": [
       "orgs"
      ],
      "description": "whole server: the seeded orgs",
      "properties": {
       "orgs": {
        "type": "array",
        "items": {
         "$ref": "#/components/schemas/ZohoID"
        }
       }
      }
     },
     {
      "type": "object",
      "required": [
       "org_id",
       "restored_from_seed"
      ],
      "description": "one org (?org=)",
      "properties": {
       "org_id": {
        "$ref": "#/components/schemas/ZohoID"
       },
       "restored_from_seed": {
        "type": "boolean",
        "description": "false: the org was not in the seed and was removed"
       }
      }
     }
    ]
   },
   "JournalEntry": {
    "type": "object",
    "required": [
     "id",
     "time",
     "org_id",
     "method",
     "path",
     "query",
     "status",
     "duration_ms",
     "request_body",
     "response_body"
    ],
    "properties": {
     "id": {
      "type": "integer",
      "description": "1, 2, 3... in arrival order; keeps counting after DELETE"
     },
     "time": {
      "type": "string",
      "format": "date-time",
      "description": "arrival, by the emulator's clock, UTC"
     },
     "org_id": {
      "$ref": "#/components/schemas/NullableZohoID"
     },
     "method": {
      "type": "string"
     },
     "path": {
      "type": "string"
     },
     "query": {
      "type": "string",
      "description": "as sent, credential values masked"
     },
     "status": {
      "type": "integer",
      "nullable": true,
      "description": "null when a fault dropped the connection"
     },
     "duration_ms": {
      "type": "number"
     },
     "request_body": {
      "nullable": true,
      "description": "JSON bodies as JSON, others as text; credentials masked; null when empty"
     },
     "response_body": {
      "nullable": true,
      "description": "as request_body"
     },
     "authorization": {
      "type": "string",
      "nullable": true,
      "description": "the Authorization header, token masked"
     },
     "fault_id": {
      "type": "integer",
      "nullable": true,
      "description": "the fault rule that answered or delayed it"
     },
     "connection_dropped": {
      "type": "boolean"
     }
    }
   },
   "JournalList": {
    "type": "object",
    "required": [
     "requests"
    ],
    "properties": {
     "requests": {
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/JournalEntry"
      }
     }
    }
   },
   "Deleted": {
    "type": "object",
    "required": [
     "deleted"
    ],
    "properties": {
     "deleted": {
      "type": "integer"
     }
    }
   },
   "FaultRuleInput": {
    "type": "object",
    "additionalProperties": false,
    "description": "Needs status, code, body, delay_ms or drop_connection. The first rule (in order added) that matches and fires decides.",
    "properties": {
     "method": {
      "type": "string",
      "nullable": true,
      "description": "any when absent"
     },
     "path": {
      "type": "string",
      "nullable": true,
      "description": "`*` stands for one segment; any path when absent; never /__mock/",
      "example": "/crm/v7/Leads/*/Locking_Information__s"
     },
     "org_id": {
      "$ref": "#/components/schemas/NullableZohoID"
     },
     "status": {
      "type": "integer",
      "nullable": true,
      "minimum": 200,
      "maximum": 599,
      "description": "with code: overrides its status; alone: the catalog's error for that status (INTERNAL_ERROR's body when none)"
     },
     "code": {
      "type": "string",
      "nullable": true,
      "description": "a Zoho code of the catalog, answered with its exact body and status",
      "example": "TOO_MANY_REQUESTS"
     },
     "body": {
      "nullable": true,
      "description": "an explicit JSON body to answer with (status 200 unless given)"
     },
     "delay_ms": {
      "type": "integer",
      "minimum": 0,
      "maximum": 60000,
      "description": "alone: the real answer, this much later"
     },
     "times": {
      "type": "integer",
      "nullable": true,
      "minimum": 1,
      "description": "firings before the rule retires; unlimited when absent"
     },
     "probability": {
      "type": "number",
      "minimum": 0,
      "maximum": 1,
      "default": 1
     },
     "drop_connection": {
      "type": "boolean",
      "default": false,
      "description": "close the connection without answering"
     },
     "seed": {
      "type": "integer",
      "minimum": 0,
      "description": "of this rule's random sequence; default from --fault-seed and the rule id"
     }
    }
   },
   "FaultRule": {
    "type": "object",
    "required": [
     "id",
     "matched",
     "fired",
     "remaining"
    ],
    "properties": {
     "id": {
      "type": "integer"
     },
     "method": {
      "type": "string",
      "nullable": true
     },
     "path": {
      "type": "string",
      "nullable": true
     },
     "org_id": {
      "$ref": "#/components/schemas/NullableZohoID"
     },
     "status": {
      "type": "integer",
      "nullable": true
     },
     "code": {
      "type": "string",
      "nullable": true
     },
     "body": {
      "nullable": true
     },
     "delay_ms": {
      "type": "integer"
     },
     "times": {
      "type": "integer",
      "nullable": true
     },
     "probability": {
      "type": "number"
     },
     "drop_connection": {
      "type": "boolean"
     },
     "seed": {
      "type": "integer"
     },
     "matched": {
      "type": "integer",
      "description": "requests that matched while active"
     },
     "fired": {
      "type": "integer",
      "description": "requests it acted on"
     },
     "remaining": {
      "type": "integer",
      "nullable": true,
      "description": "firings left; null when unlimited"
     }
    }
   },
   "FaultList": {
    "type": "object",
    "required": [
     "faults"
    ],
    "properties": {
     "faults": {
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/FaultRule"
      }
     }
    }
   },
   "ClockInput": {
    "oneOf": [
     {
      "type": "object",
      "required": [
       "now"
      ],
      "additionalProperties": false,
      "properties": {
       "now": {
        "type": "string",
        "format": "date-time",
        "example": "2024-01-01T09:00:00Z"
       }
      }
     },
     {
      "type": "object",
      "required": [
       "advance_seconds"
      ],
      "additionalProperties": false,
      "properties": {
       "advance_seconds": {
        "type": "integer",
        "example": 3600
       }
      }
     }
    ]
   },
   "ClockState": {
    "type": "object",
    "required": [
     "now",
     "epoch_seconds",
     "frozen"
    ],
    "properties": {
     "now": {
      "type": "string",
      "format": "date-time",
      "description": "UTC"
     },
     "epoch_seconds": {
      "type": "integer"
     },
     "frozen": {
      "type": "boolean"
     }
    }
   }
  },
  "parameters": {
   "version": {
    "name": "version",
    "in": "path",
    "required": true,
    "schema": {
     "type": "string",
     "enum": [
      "v3",
      "v4",
      "v5",
      "v6",
      "v7",
      "v8"
     ]
    },
    "description": "v1, v2 and v2.1 answer 400 API_NOT_SUPPORTED"
   },
   "module": {
    "name": "module",
    "in": "path",
    "required": true,
    "schema": {
     "type": "string"
    },
    "description": "exact API name (Leads, not leads), a lockable standard module or a custom one",
    "example": "Leads"
   },
   "record_id": {
    "name": "record_id",
    "in": "path",
    "required": true,
    "schema": {
     "$ref": "#/components/schemas/ZohoID"
    }
   },
   "lock_id": {
    "name": "lock_id",
    "in": "path",
    "required": true,
    "schema": {
     "$ref": "#/components/schemas/ZohoID"
    }
   },
   "config_id": {
    "name": "config_id",
    "in": "path",
    "required": true,
    "schema": {
     "$ref": "#/components/schemas/ZohoID"
    }
   },
   "moduleQuery": {
    "name": "module",
    "in": "query",
    "required": true,
    "schema": {
     "type": "string"
    },
    "description": "the module the configuration belongs to"
   },
   "orgQuery": {
    "name": "org",
    "in": "query",
    "required": false,
    "schema": {
     "$ref": "#/components/schemas/ZohoID"
    }
   }
  },
  "securitySchemes": {
   "zohoOAuthToken": {
    "type": "apiKey",
    "in": "header",
    "name": "Authorization",
    "description": "`Zoho-oauthtoken <access token>`"
   },
   "controlToken": {
    "type": "http",
    "scheme": "bearer",
    "description": "only when the emulator runs with --control-token"
   }
  }
 }
}
"""#
}
