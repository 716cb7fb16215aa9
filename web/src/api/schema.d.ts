/**
 * Generated from web/openapi.json by `npm run gen:api` (openapi-typescript).
 * Do not edit by hand.
 */

export interface paths {
    "/api/admin/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit log, newest first (admins). */
        get: operations["audit_log"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log in with a username and password; returns a bearer token. */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke the bearer token for good. */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an account. Anonymous callers create customers only; an admin (with a bearer
         *     token) may create managers and admins.
         */
        post: operations["register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check the bearer token and return its user. */
        post: operations["verify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Customers: all of them for admins, exactly their own for a manager. */
        get: operations["list_customers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers/{id}/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A customer's profile: the customer, their manager, or an admin. */
        get: operations["get_customer_profile"];
        /** Change a customer's profile: the customer or an admin. */
        put: operations["update_customer_profile"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness plus a real database ping; 503 when the database does not answer. */
        get: operations["health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/managers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every manager, with capacity and book size (admins). */
        get: operations["list_managers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/managers/{id}/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A manager's customers: that manager or an admin. Same filters as `/api/customers`. */
        get: operations["manager_customers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/managers/{id}/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A manager's profile: in full for the manager and admins; the public card for a
         *     customer of theirs.
         */
        get: operations["get_manager_profile"];
        /** Change a manager's profile: the manager (not capacity or active) or an admin. */
        put: operations["update_manager_profile"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tag vocabularies, in order. */
        get: operations["list_tags"];
        put?: never;
        /** Add a tag to a vocabulary (admins). */
        post: operations["add_tag"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AddTagRequest: {
            /** @description `need` or `hobby`. */
            kind: string;
            name: string;
        };
        AuditPage: {
            items: components["schemas"]["AuditRecordDto"][];
            /** Format: int64 */
            page: number;
            /** Format: int64 */
            per_page: number;
            /** Format: int64 */
            total: number;
        };
        AuditRecordDto: {
            action: string;
            /** Format: int64 */
            actor_id?: number | null;
            after?: Record<string, never> | null;
            /**
             * Format: int64
             * @description Unix seconds.
             */
            at: number;
            before?: Record<string, never> | null;
            /** Format: int64 */
            id: number;
            target: string;
        };
        CustomerPage: {
            items: components["schemas"]["CustomerProfileDto"][];
            /** Format: int64 */
            page: number;
            /** Format: int64 */
            per_page: number;
            /** Format: int64 */
            total: number;
        };
        CustomerProfileDto: {
            /** Format: int32 */
            age?: number | null;
            /** @description A (best) to E; null before the first assignment. */
            class?: string | null;
            hobbies: string[];
            /** Format: int64 */
            manager_id?: number | null;
            manager_name?: string | null;
            /** Format: int32 */
            match_score?: number | null;
            name: string;
            needs: string[];
            occupation: string;
            /** Format: int32 */
            segment?: number | null;
            /**
             * Format: int64
             * @description In fen (1/100 CNY).
             */
            total_assets: number;
            /** Format: int64 */
            user_id: number;
            username: string;
        };
        /**
         * @description A change to a customer's profile; absent fields stay as they are. `class`, `segment`,
         *     `manager_id` and `role` are computed or set elsewhere and are refused here.
         */
        CustomerProfileUpdate: {
            /**
             * Format: int64
             * @description 18–120.
             */
            age?: number | null;
            class?: string | null;
            hobbies?: string[] | null;
            /** Format: int64 */
            manager_id?: number | null;
            name?: string | null;
            needs?: string[] | null;
            occupation?: string | null;
            role?: string | null;
            /** Format: int32 */
            segment?: number | null;
            /**
             * Format: int64
             * @description In fen, not negative.
             */
            total_assets?: number | null;
        };
        /** @description Every error response has this shape. */
        ErrorBody: {
            /**
             * @description Stable snake_case code for programs.
             * @example invalid_age
             */
            error: string;
            /** @description The request field at fault, for validation errors. */
            field?: string | null;
            /** @description Text for people. */
            message: string;
        };
        HealthResponse: {
            /** @example ok */
            database: string;
            /** @example ok */
            status: string;
            version: string;
        };
        LoginRequest: {
            password: string;
            username: string;
        };
        LoginResponse: {
            /**
             * Format: int64
             * @description Unix seconds.
             */
            expires_at: number;
            token: string;
            user: components["schemas"]["UserDto"];
        };
        /** @description What a customer sees of their own manager. */
        ManagerCardDto: {
            capabilities: string[];
            hobbies: string[];
            name: string;
            /** Format: int64 */
            user_id: number;
        };
        ManagerPage: {
            items: components["schemas"]["ManagerProfileDto"][];
            /** Format: int64 */
            page: number;
            /** Format: int64 */
            per_page: number;
            /** Format: int64 */
            total: number;
        };
        ManagerProfileDto: {
            active: boolean;
            capabilities: string[];
            /** Format: int32 */
            capacity: number;
            /** Format: int64 */
            customer_count: number;
            hobbies: string[];
            name: string;
            /** Format: int64 */
            user_id: number;
            username: string;
        };
        /** @description A change to a manager's profile. `capacity` and `active` are for admins only. */
        ManagerProfileUpdate: {
            /** @description False puts the manager on leave and releases their customers; admins only. */
            active?: boolean | null;
            capabilities?: string[] | null;
            /**
             * Format: int64
             * @description 0–10000; admins only.
             */
            capacity?: number | null;
            hobbies?: string[] | null;
            name?: string | null;
            role?: string | null;
        };
        /** @description The full profile (the manager, admins) or the public card (their customers). */
        ManagerView: components["schemas"]["ManagerProfileDto"] | components["schemas"]["ManagerCardDto"];
        MessageResponse: {
            msg: string;
        };
        RegisterRequest: {
            /** @description Display name; the username when missing. */
            name?: string | null;
            /** @description At least 8 characters. */
            password: string;
            /** @description `customer` (default). Only an admin may create `manager` or `admin`. */
            role?: string | null;
            /** @example alice */
            username: string;
        };
        TagsResponse: {
            /** @description Manager capabilities use the needs vocabulary. */
            capabilities: string[];
            hobbies: string[];
            needs: string[];
        };
        UserDto: {
            /** Format: int64 */
            id: number;
            name: string;
            /** @example customer */
            role: string;
            username: string;
        };
        VerifyResponse: {
            user: components["schemas"]["UserDto"];
            valid: boolean;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    audit_log: {
        parameters: {
            query?: {
                page?: number | null;
                per_page?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPage"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponse"];
                };
            };
            /** @description wrong username or password */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description too many failures; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description username taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    verify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerifyResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    list_customers: {
        parameters: {
            query?: {
                /** @description From 1. */
                page?: number | null;
                /** @description 1–500, default 50. */
                per_page?: number | null;
                /** @description A–E. */
                class?: string | null;
                manager_id?: number | null;
                /** @description Only customers without a manager (admins). */
                unassigned?: boolean | null;
                need?: string | null;
                hobby?: string | null;
                /** @description Part of a name or username. */
                q?: string | null;
                /** @description id, name, age, total_assets, class, score. */
                sort?: string | null;
                /** @description asc or desc. */
                order?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerPage"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    get_customer_profile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the customer's user id */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerProfileDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    update_customer_profile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the customer's user id */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomerProfileUpdate"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerProfileDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthResponse"];
                };
            };
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthResponse"];
                };
            };
        };
    };
    list_managers: {
        parameters: {
            query?: {
                page?: number | null;
                per_page?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManagerPage"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    manager_customers: {
        parameters: {
            query?: {
                /** @description From 1. */
                page?: number | null;
                /** @description 1–500, default 50. */
                per_page?: number | null;
                /** @description A–E. */
                class?: string | null;
                manager_id?: number | null;
                /** @description Only customers without a manager (admins). */
                unassigned?: boolean | null;
                need?: string | null;
                hobby?: string | null;
                /** @description Part of a name or username. */
                q?: string | null;
                /** @description id, name, age, total_assets, class, score. */
                sort?: string | null;
                /** @description asc or desc. */
                order?: string | null;
            };
            header?: never;
            path: {
                /** @description the manager's user id */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerPage"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    get_manager_profile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the manager's user id */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManagerView"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    update_manager_profile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the manager's user id */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ManagerProfileUpdate"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManagerProfileDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    list_tags: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagsResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    add_tag: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddTagRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagsResponse"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
}
