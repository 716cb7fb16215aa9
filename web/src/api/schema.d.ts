/**
 * Generated from web/openapi.json by `npm run gen:api` (openapi-typescript).
 * Do not edit by hand.
 */

export interface paths {
    "/api/about": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The server's version, and whether it runs with the demo accounts' published passwords.
         * @description The server's version, and whether it runs with the demo accounts' published passwords.
         */
        get: operations["about"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/analytics/capability-gaps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * For every need: customers with it, served by their manager, managers offering it, free capacity (admins).
         * @description For every need: customers with it, served by their manager, managers offering it, free capacity (admins).
         */
        get: operations["capability_gaps"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/analytics/personas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Segment personas of the latest segmentation (admins).
         * @description Segment personas of the latest segmentation (admins).
         */
        get: operations["personas"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/analytics/projection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A 2-D PCA projection of at most 5,000 customers, stratified by segment (admins).
         * @description A 2-D PCA projection of at most 5,000 customers, stratified by segment (admins).
         */
        get: operations["projection"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/analytics/scores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Current match scores beside each customer's best possible score (admins).
         * @description Current match scores beside each customer's best possible score (admins).
         */
        get: operations["scores"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/analytics/trend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Assigned, unassigned, mean score and duration over the latest runs, oldest first (admins).
         * @description Assigned, unassigned, mean score and duration over the latest runs, oldest first (admins).
         */
        get: operations["trend"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/assignment-runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Assignment runs, newest first (admins).
         * @description Assignment runs, newest first (admins).
         */
        get: operations["list_runs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/assignment-runs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One run: status, phase, progress 0–100 and, once done, its summary (admins).
         * @description One run: status, phase, progress 0–100 and, once done, its summary (admins).
         */
        get: operations["get_run"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/assignment-runs/{id}/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The changes a run proposes, with explanations, page by page (admins).
         * @description The changes a run proposes, with explanations, page by page (admins).
         */
        get: operations["run_changes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/assignment-runs/{id}/commit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Apply a proposed run in one transaction (admins; with maker-checker, another admin).
         * @description Apply a proposed run in one transaction (admins; with maker-checker, another admin).
         */
        post: operations["commit_run"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/assignment-runs/{id}/discard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Drop a proposed run (admins).
         * @description Drop a proposed run (admins).
         */
        post: operations["discard_run"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit log of the admin's part of the organisation, newest first, filtered by actor, action (or its start), target and time (admins).
         * @description The audit log of the admin's part of the organisation, newest first, filtered by actor,
         *     action (or its start), target and time (admins).
         */
        get: operations["audit_log"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/auto-assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Assign customers to managers optimally under capacity (admins): the whole bank, or one unit's subtree (`unit_id`; a branch admin's own by default).
         * @description Assign customers to managers optimally under capacity (admins): the whole bank, or one
         *     unit's subtree (`unit_id`; a branch admin's own by default). Runs over disjoint subtrees
         *     may run at once; an overlapping one is 409. Answers 200 with the result when the run
         *     finishes quickly, else 202 with the run id to follow.
         */
        post: operations["auto_assign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Book totals, classes, match quality, capacity and the last run (admins).
         * @description Book totals, classes, match quality, capacity and the last run (admins).
         */
        get: operations["dashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/export/assignments.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Current assignments as CSV (admins: of the customers of their part of the organisation): customer, manager, score, matched needs and hobbies, class, reason and when (UTC).
         * @description Current assignments as CSV (admins: of the customers of their part of the organisation):
         *     customer, manager, score, matched needs and hobbies, class, reason and when (UTC).
         */
        get: operations["export_assignments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/export/customers.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Customers as CSV (admins: of their part of the organisation), with the filters of `GET /api/customers` including `unit_id`: every match, in id order (paging and sorting parameters are refused).
         * @description Customers as CSV (admins: of their part of the organisation), with the filters of
         *     `GET /api/customers` including `unit_id`: every match, in id order (paging and sorting
         *     parameters are refused). Amounts in yuan.
         */
        get: operations["export_customers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/export/managers.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Managers as CSV (admins: of their part of the organisation).
         * @description Managers as CSV (admins: of their part of the organisation).
         */
        get: operations["export_managers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/import/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import customers from CSV (admins).
         * @description Import customers from CSV (admins). The body is the file itself (`Content-Type:
         *     text/csv` or `application/octet-stream`; any other type is 415); columns and codes in docs/data-exchange.md. Answers 200 with the finished
         *     job, or 202 with the job to follow at `/api/admin/imports/{id}`. A rejected file is not
         *     an HTTP error: the job is `failed` and its report lists every problem.
         */
        post: operations["import_customers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/import/managers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import managers from CSV (admins), like customers.
         * @description Import managers from CSV (admins), like customers.
         */
        post: operations["import_managers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Import jobs, newest first (admins).
         * @description Import jobs, newest first (admins).
         */
        get: operations["list_imports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One import job: phase, progress 0–100 and, once finished, its report (admins).
         * @description One import job: phase, progress 0–100 and, once finished, its report (admins).
         */
        get: operations["get_import"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/managers/{id}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Re-home a manager's whole book optimally among the other active managers (admins).
         * @description Re-home a manager's whole book optimally among the other active managers (admins).
         */
        post: operations["transfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/manual-assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Put a customer with a manager, saying why (admins).
         * @description Put a customer with a manager, saying why (admins). Over capacity only with `override`.
         */
        post: operations["manual_assign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/segmentation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Segment every customer with K-Means++ and store the personas (admins).
         * @description Segment every customer with K-Means++ and store the personas (admins).
         */
        post: operations["segmentation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Managers and admins of your part of the organisation, by username (admins).
         * @description Managers and admins of your part of the organisation, by username (admins).
         */
        get: operations["list_staff"];
        put?: never;
        /**
         * Create a manager or admin account in a unit of your part of the organisation (admins); its owner must choose their own password at first login.
         * @description Create a manager or admin account in a unit of your part of the organisation (admins);
         *     its owner must choose their own password at first login.
         */
        post: operations["create_staff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/staff/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One manager or admin of your part of the organisation (admins).
         * @description One manager or admin of your part of the organisation (admins).
         */
        get: operations["get_staff"];
        /**
         * Change a manager or admin of your part of the organisation: name, unit (within your part), grade, contact details, or deactivate them (admins).
         * @description Change a manager or admin of your part of the organisation: name, unit (within your
         *     part), grade, contact details, or deactivate them (admins).
         */
        put: operations["update_staff"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/staff/{id}/departure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A manager leaves — on leave or deactivated — in one step: their whole book re-homed optimally among the other active managers (as a transfer) and their status changed in the same transaction.
         * @description A manager leaves — on leave or deactivated — in one step: their whole book re-homed
         *     optimally among the other active managers (as a transfer) and their status changed in the
         *     same transaction. With `dry_run` both wait as one proposal for its commit. Answers the run,
         *     202 while it still runs (admins over the manager's unit: a branch admin re-homes the book
         *     within their part of the organisation).
         */
        post: operations["depart"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Totals, classes and every manager's load against capacity (admins).
         * @description Totals, classes and every manager's load against capacity (admins).
         */
        get: operations["stats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/unassign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove a customer's manager, saying why (admins).
         * @description Remove a customer's manager, saying why (admins).
         */
        post: operations["unassign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The organisation: the caller's unit and every unit below it (admins).
         * @description The organisation: the caller's unit and every unit below it (admins).
         */
        get: operations["list_units"];
        put?: never;
        /**
         * Create a unit under an open one (head-office admins).
         * @description Create a unit under an open one (head-office admins). The code is unique.
         */
        post: operations["create_unit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/units/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Rename a unit and/or move it, with everything below it, under another open unit (head-office admins).
         * @description Rename a unit and/or move it, with everything below it, under another open unit
         *     (head-office admins). A unit never goes below itself; the head office stays the root.
         */
        put: operations["update_unit"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/units/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close a unit that holds no accounts and no open sub-units (head-office admins).
         * @description Close a unit that holds no accounts and no open sub-units (head-office admins). It keeps
         *     its code and history.
         */
        post: operations["close_unit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users/{id}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set or reset a user's password (admins over the user's unit).
         * @description Set or reset a user's password (admins over the user's unit). Every session of that user ends; the
         *     password is neither logged nor audited, the change is.
         */
        put: operations["set_password"];
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
        /**
         * Log in with a username (any case) and password; returns a bearer token.
         * @description Log in with a username (any case) and password; returns a bearer token.
         */
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
        /**
         * Revoke the bearer token for good.
         * @description Revoke the bearer token for good.
         */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change your own password: give the current one and the new one.
         * @description Change your own password: give the current one and the new one. Every session of yours
         *     ends, on every device; this one goes on with the new token returned.
         */
        put: operations["change_password"];
        post?: never;
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
         * Create an account.
         * @description Create an account. Anonymous callers create customers only; an admin (with a bearer
         *     token) may create managers and admins. Usernames are unique whatever their case. Anyone
         *     but an admin is limited per client address (`throttle.max_registrations_per_client`).
         *     Someone registering themselves is signed in at once (`token`, as login gives); an account
         *     an admin creates gets no session. Open to anyone for customers; an admin's bearer token,
         *     when sent, lets the request create a manager or an admin (documented as public, since a
         *     generated client must be able to call it without a session).
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
        /**
         * Check the bearer token and return its user.
         * @description Check the bearer token and return its user.
         */
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
        /**
         * Customers: those of their part of the organisation for admins (the whole bank for the head office; one unit's subtree with `unit_id`), exactly their own for a manager.
         * @description Customers: those of their part of the organisation for admins (the whole bank for the
         *     head office; one unit's subtree with `unit_id`), exactly their own for a manager.
         */
        get: operations["list_customers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers/classification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Customers per class (admins and managers), as the original `classification`.
         * @description Customers per class (admins and managers), as the original `classification`.
         */
        get: operations["classification"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers/{id}/assignment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Why this customer has this manager: the customer, their manager, admins.
         * @description Why this customer has this manager: the customer, their manager, admins.
         */
        get: operations["assignment_of"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers/{id}/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The managers who would fit this customer best, with the score's parts, seats left and availability (admins over the customer's unit, and the customer's own manager).
         * @description The managers who would fit this customer best, with the score's parts, seats left and
         *     availability (admins over the customer's unit, and the customer's own manager).
         */
        get: operations["candidates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers/{id}/insights": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A customer's insights (the original path): the customer, their manager, admins.
         * @description A customer's insights (the original path): the customer, their manager, admins.
         *     Chinese by default; English with `Accept-Language: en`.
         */
        get: operations["insights"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers/{id}/interactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A customer's relationship record, newest first (the customer's manager, admins over them).
         * @description A customer's relationship record, newest first (the customer's manager, admins over them).
         */
        get: operations["customer_interactions"];
        put?: never;
        /**
         * Record a call, meeting, message, visit or life event with a customer, and optionally when to follow up (the customer's manager, admins over the customer).
         * @description Record a call, meeting, message, visit or life event with a customer, and optionally when
         *     to follow up (the customer's manager, admins over the customer).
         */
        post: operations["record_interaction"];
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
        /**
         * A customer's profile: the customer, their manager, or an admin.
         * @description A customer's profile: the customer, their manager, or an admin.
         */
        get: operations["get_customer_profile"];
        /**
         * Change a customer's profile: the customer or an admin.
         * @description Change a customer's profile: the customer or an admin.
         */
        put: operations["update_customer_profile"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/follow-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Open follow-ups, soonest first: a manager's for their customers (contact requests included), an admin's for their part of the organisation.
         * @description Open follow-ups, soonest first: a manager's for their customers (contact requests
         *     included), an admin's for their part of the organisation.
         */
        get: operations["follow_ups"];
        put?: never;
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
        /**
         * Liveness plus a real database ping; 503 when the database does not answer.
         * @description Liveness plus a real database ping; 503 when the database does not answer.
         */
        get: operations["health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness: the process answers.
         * @description Liveness: the process answers. Never touches the database, so a database outage does not
         *     get healthy replicas restarted.
         */
        get: operations["live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness: the database answers and every migration this build knows is applied; 503 (with `Retry-After`) otherwise, so a load balancer sends no traffic here.
         * @description Readiness: the database answers and every migration this build knows is applied; 503
         *     (with `Retry-After`) otherwise, so a load balancer sends no traffic here.
         */
        get: operations["ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/interactions/{id}/done": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a follow-up done; done again, it stays done (the customer's manager, admins over them).
         * @description Mark a follow-up done; done again, it stays done (the customer's manager, admins over them).
         */
        post: operations["complete_follow_up"];
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
        /**
         * The managers of the admin's part of the organisation, with capacity and book size.
         * @description The managers of the admin's part of the organisation, with capacity and book size.
         */
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
        /**
         * A manager's customers: that manager or an admin.
         * @description A manager's customers: that manager or an admin. Same filters as `/api/customers`.
         */
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
         * A manager's profile: in full for the manager and admins; the public card for a customer of theirs.
         * @description A manager's profile: in full for the manager and admins; the public card for a
         *     customer of theirs.
         */
        get: operations["get_manager_profile"];
        /**
         * Change a manager's profile: the manager (not capacity or active) or an admin.
         * @description Change a manager's profile: the manager (not capacity or active) or an admin.
         */
        put: operations["update_manager_profile"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/managers/{id}/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A manager's own book: class mix, top needs, mean score, utilisation (the manager or admins).
         * @description A manager's own book: class mix, top needs, mean score, utilisation (the manager or admins).
         */
        get: operations["manager_stats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/contact-request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask to be contacted (customers): it appears at once in the manager's follow-ups.
         * @description Ask to be contacted (customers): it appears at once in the manager's follow-ups. While a
         *     request is open, asking again returns it (200) instead of making another (201).
         */
        post: operations["request_contact"];
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
        /**
         * The tag vocabularies, in order.
         * @description The tag vocabularies, in order.
         */
        get: operations["list_tags"];
        put?: never;
        /**
         * Add a tag to a vocabulary (admins).
         * @description Add a tag to a vocabulary (admins).
         */
        post: operations["add_tag"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The original system's health check (`GET /health`, as its Docker health check calls it): the same answer as `/api/health`.
         * @description The original system's health check (`GET /health`, as its Docker health check calls it):
         *     the same answer as `/api/health`.
         */
        get: operations["legacy_health"];
        put?: never;
        post?: never;
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
        AboutResponse: {
            /**
             * @description The demo admin logs in with `admin123` (rechecked at most once a minute): the server
             *     runs with the demo data, and a login page may say how to log in.
             */
            demo_accounts: boolean;
            version: string;
        };
        /** @description An account as people know it. */
        AccountNameDto: {
            name: string;
            username: string;
        };
        /**
         * @example {
         *       "kind": "hobby",
         *       "name": "calligraphy"
         *     }
         */
        AddTagRequest: {
            /** @enum {string} */
            kind: "need" | "hobby";
            /** @example calligraphy */
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
            actor: components["schemas"]["AccountNameDto"] | null;
            /** Format: int64 */
            actor_id: number | null;
            after: Record<string, never> | null;
            /**
             * Format: int64
             * @description Unix seconds.
             */
            at: number;
            before: Record<string, never> | null;
            /** Format: int64 */
            id: number;
            target: string;
            target_account: components["schemas"]["AccountNameDto"] | null;
            /**
             * Format: int64
             * @description The unit of what changed; null for bank-wide changes (and entries from before units).
             */
            unit_id: number | null;
        };
        /**
         * @example {
         *       "dry_run": true,
         *       "rebalance": false
         *     }
         */
        AutoAssignRequest: {
            /** @description Propose only; commit later with `/api/admin/assignment-runs/{id}/commit`. */
            dry_run?: boolean;
            /** Format: int64 */
            k?: number | null;
            /** @description Also move customers who already have a manager when that raises the total score. */
            rebalance?: boolean;
            /**
             * Format: int64
             * @description Only this unit's subtree: its customers (those whose manager, if any, is of it too)
             *     and its managers. A branch admin's own unit by default; the whole bank otherwise.
             */
            unit_id?: number | null;
        };
        /**
         * @description The original `auto-assign` answer (`msg`, `assigned_count`, `recorded_matches`) plus the
         *     run's figures.
         */
        AutoAssignResponse: {
            /**
             * Format: int64
             * @description Customers this run assigned: given a manager they did not have, new or another (as
             *     proposed, for a proposal), as the original counted them. Those who keep their manager
             *     are not counted.
             */
            assigned_count: number;
            /**
             * Format: int64
             * @description Customers with a manager after the run (as proposed, for a proposal); what
             *     `assigned_count` counted before it took the original's meaning.
             */
            assigned_total: number;
            /** Format: int64 */
            capacity_shortfall: number;
            /** Format: int64 */
            changed_count: number;
            /** Format: int64 */
            duration_ms: number | null;
            /** Format: int32 */
            load_max: number;
            /** Format: int32 */
            load_median: number;
            /** Format: int32 */
            load_min: number;
            /** Format: double */
            mean_score: number;
            msg: string;
            /**
             * Format: int64
             * @description Match-history rows this run recorded: customers whose manager it changed. 0 until the
             *     run is applied (a proposal records them when committed).
             */
            recorded_matches: number;
            run: components["schemas"]["RunDto"];
            /** Format: int64 */
            run_id: number;
            /** @enum {string} */
            status: "running" | "proposed" | "committed" | "discarded" | "failed";
            /** Format: int64 */
            total_score: number;
            /** Format: int64 */
            unassigned_count: number;
        };
        BookStatsDto: {
            /** Format: int64 */
            assigned: number;
            /** Format: int32 */
            load_max: number;
            /** Format: int32 */
            load_median: number;
            /** Format: int32 */
            load_min: number;
            /** Format: double */
            mean_score: number;
            /** Format: int64 */
            overload: number;
            /** Format: int64 */
            total_score: number;
            /** Format: int64 */
            unassigned: number;
        };
        CandidateDto: {
            /** @enum {string} */
            availability: "current" | "available" | "full" | "not_taking_customers";
            /** Format: int32 */
            capacity: number;
            /** Format: int64 */
            customer_count: number;
            /** Format: int32 */
            hobbies_match: number;
            /** Format: int64 */
            manager_id: number;
            matched_hobbies: string[];
            matched_needs: string[];
            name: string;
            /** Format: int32 */
            needs_match: number;
            /**
             * Format: int32
             * @description Matched needs plus matched hobbies, as runs score the pair.
             */
            score: number;
            /**
             * Format: int32
             * @description Seats left (0 when full or over capacity).
             */
            seats_left: number;
            unit_code: string;
            /** Format: int64 */
            unit_id: number;
            unit_name: string;
            username: string;
        };
        CandidatesResponse: {
            /**
             * @description Best score first (then who can take the customer now, then seats left); the current
             *     manager is always among them.
             */
            candidates: components["schemas"]["CandidateDto"][];
            /**
             * Format: int64
             * @description How many managers were scored: an admin's part of the organisation, or the customer's
             *     branch for their manager.
             */
            considered: number;
            /** Format: int64 */
            current_manager_id: number | null;
            /**
             * Format: int32
             * @description The current pair's score; null without a manager.
             */
            current_score: number | null;
            /** Format: int64 */
            customer_id: number;
        };
        CapabilityGapDto: {
            /**
             * Format: int64
             * @description Free places of those managers.
             */
            capacity_left: number;
            /**
             * Format: int64
             * @description Customers with this need.
             */
            customers: number;
            /**
             * Format: int64
             * @description Active managers offering it.
             */
            managers: number;
            need: string;
            /**
             * Format: int64
             * @description Of them, those whose current manager offers it.
             */
            served: number;
        };
        /** @description For every need: demand against supply. */
        CapabilityGapsResponse: {
            /** Format: int64 */
            computed_at: number;
            needs: components["schemas"]["CapabilityGapDto"][];
        };
        ChangeDto: {
            /** @enum {string|null} */
            class: "A" | "B" | "C" | "D" | "E" | null;
            /** Format: int64 */
            customer_id: number;
            customer_name: string;
            /** Format: int64 */
            from_manager_id: number | null;
            from_manager_name: string | null;
            /** Format: int32 */
            hobbies_match: number | null;
            matched_hobbies: string[];
            matched_needs: string[];
            /** Format: int32 */
            needs_match: number | null;
            /** @enum {string} */
            reason: "best_match" | "capacity_bound" | "sticky" | "manual" | "no_capacity" | "manager_inactive" | "unassigned";
            /** Format: int32 */
            score_after: number | null;
            /** Format: int32 */
            score_before: number | null;
            /** Format: int64 */
            to_manager_id: number | null;
            to_manager_name: string | null;
        };
        ChangePage: {
            items: components["schemas"]["ChangeDto"][];
            /** Format: int64 */
            page: number;
            /** Format: int64 */
            per_page: number;
            /** Format: int64 */
            total: number;
        };
        /**
         * @description The caller's own password, changed: the current one, then the new one.
         * @example {
         *       "current_password": "123456",
         *       "new_password": "a-longer-secret-1"
         *     }
         */
        ChangePasswordRequest: {
            current_password: string;
            /** @description At least 8 characters and at most 72 bytes in UTF-8 (bcrypt's limit): 72 letters or digits, 24 Chinese characters. */
            new_password: string;
        };
        ClassCountDto: {
            /** @enum {string} */
            class: "A" | "B" | "C" | "D" | "E" | "unclassified";
            /** Format: int64 */
            count: number;
        };
        ClassCountsResponse: {
            /** @description Counts per class A–E, then `unclassified`. */
            classes: components["schemas"]["ClassCountDto"][];
            /** Format: int64 */
            total: number;
        };
        /**
         * @example {
         *       "note": "想了解养老理财"
         *     }
         */
        ContactMeRequest: {
            note?: string | null;
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
        /**
         * @description A customer's profile: Portrait's fields and, beside them, the original system's
         *     (`id`, `customer_class`, `created_at`, `updated_at`), so its clients keep working.
         */
        CustomerProfileDto: {
            /** Format: int32 */
            age: number | null;
            /** @enum {string|null} */
            class: "A" | "B" | "C" | "D" | "E" | null;
            /**
             * Format: date-time
             * @description When the profile was made (RFC 3339, UTC).
             * @example 2026-12-01T08:30:00Z
             */
            created_at: string;
            /** @enum {string|null} */
            customer_class: "A" | "B" | "C" | "D" | "E" | null;
            hobbies: string[];
            /**
             * Format: int64
             * @description The original's profile id. Profiles are keyed by their customer, so it is `user_id`.
             */
            id: number;
            /** Format: int64 */
            manager_id: number | null;
            manager_name: string | null;
            /** Format: int32 */
            match_score: number | null;
            name: string;
            needs: string[];
            occupation: string;
            /** Format: int32 */
            segment: number | null;
            /**
             * Format: int64
             * @description In fen (1/100 CNY).
             */
            total_assets: number;
            unit_code: string;
            /**
             * Format: int64
             * @description The customer's home unit.
             */
            unit_id: number;
            unit_name: string;
            /**
             * Format: date-time
             * @description When the profile or its assignment last changed (RFC 3339, UTC).
             * @example 2026-12-01T08:30:00Z
             */
            updated_at: string;
            /** Format: int64 */
            user_id: number;
            username: string;
        };
        /**
         * @description A change to a customer's profile; absent fields stay as they are. `class`, `segment`,
         *     `manager_id` and `role` are computed or set elsewhere and are refused here.
         * @example {
         *       "age": 35,
         *       "hobbies": [
         *         "travel",
         *         "reading"
         *       ],
         *       "needs": [
         *         "investment",
         *         "retirement"
         *       ],
         *       "occupation": "engineer",
         *       "total_assets": 50000000
         *     }
         */
        CustomerProfileUpdate: {
            /** Format: int64 */
            age?: number | null;
            hobbies?: string[] | null;
            name?: string | null;
            needs?: string[] | null;
            occupation?: string | null;
            /** Format: int64 */
            total_assets?: number | null;
        };
        /** @description The original dashboard's fields plus match quality, capacity and the last run. */
        DashboardResponse: {
            /** Format: int64 */
            active_managers: number;
            /** Format: int64 */
            capacity_total: number;
            /** Format: int64 */
            capacity_used: number;
            customer_classes: components["schemas"]["ClassCountDto"][];
            last_run: components["schemas"]["RunDto"] | null;
            /** Format: double */
            mean_match_score: number;
            /** Format: int64 */
            total_customers: number;
            /** Format: int64 */
            total_managers: number;
            /** Format: int64 */
            unassigned_customers: number;
        };
        /**
         * @description A manager's departure: their book re-homed and their status changed in one step.
         * @example {
         *       "dry_run": true,
         *       "status": "on_leave"
         *     }
         */
        DepartureRequest: {
            /**
             * @description Propose only: the transfer and the status change are applied together when the run
             *     is committed (`/api/admin/assignment-runs/{id}/commit`).
             */
            dry_run?: boolean;
            /** @enum {string} */
            status: "on_leave" | "deactivated";
        };
        /** @description Every error response has this shape. */
        ErrorBody: {
            /**
             * @description Stable snake_case code for programs:
             *
             *     - `malformed_json`: The body is not valid JSON.
             *     - `invalid_body`: The JSON body has a wrong type, a misspelt or unknown field, or misses a required one.
             *     - `invalid_query`: A query string value is not of its declared type, or the parameter is unknown.
             *     - `invalid_path`: A path segment (an id) is not of its declared type.
             *     - `bad_request`: The request could not be read for another reason.
             *     - `payload_too_large`: The body is larger than the server accepts.
             *     - `unsupported_media_type`: The body's Content-Type is not one the operation accepts.
             *     - `cors_not_allowed`: A cross-origin request from an origin not in `server.cors_origins`.
             *     - `method_not_allowed`: The path exists, but not with this method.
             *     - `not_found`: No such resource, or no such route.
             *     - `invalid_credentials`: Wrong username or password.
             *     - `unauthenticated`: No token, or an expired, revoked or invalid one.
             *     - `too_many_attempts`: Too many failed attempts; wait `Retry-After` seconds.
             *     - `forbidden`: The caller may not do this.
             *     - `username_taken`: The username belongs to another account (whatever its case).
             *     - `invalid_username`: The username is not 3–50 letters, digits, `_`, `.` or `-`.
             *     - `weak_password`: The password has fewer than 8 characters.
             *     - `password_too_long`: The password is longer than 72 bytes (bcrypt reads no more).
             *     - `wrong_password`: The current password given to change it is wrong.
             *     - `password_change_required`: An administrator set this account's password: choose your own first (`PUT /api/auth/password`).
             *     - `invalid_name`: The display name is empty or longer than 100 characters.
             *     - `invalid_role`: The role is not customer, manager or admin, or not one this request may give.
             *     - `invalid_age`: The age is not between 18 and 120.
             *     - `invalid_assets`: The assets are negative or too large.
             *     - `invalid_occupation`: The occupation is longer than 100 characters.
             *     - `invalid_capacity`: The capacity is not between 0 and 10,000.
             *     - `field_not_allowed`: A field that is computed or set elsewhere (class, segment, manager, role).
             *     - `unknown_tag`: A tag that is not in its vocabulary.
             *     - `too_many_tags`: More tags than a set may hold.
             *     - `invalid_tag`: A new tag's name is empty, too long or has control characters.
             *     - `invalid_tag_kind`: A tag kind that is not `need` or `hobby`.
             *     - `tag_exists`: The tag is already in its vocabulary.
             *     - `vocabulary_full`: The vocabulary holds as many tags as the score's bit masks allow.
             *     - `invalid_page`: `page` is not a positive integer.
             *     - `invalid_per_page`: `per_page` is not between 1 and 500.
             *     - `invalid_class`: `class` is not A–E or `unclassified`.
             *     - `invalid_limit`: `limit` is out of its range.
             *     - `invalid_range`: A time range whose `from` is after its `to`.
             *     - `invalid_interaction`: A relationship entry's field (`field` names it) is not valid: kind, life event, note or time.
             *     - `invalid_sort`: `sort` is not one of the listed columns.
             *     - `invalid_order`: `order` is not `asc` or `desc`.
             *     - `invalid_load`: `load` is not `over_capacity`, `full`, `has_room` or `empty`.
             *     - `invalid_k`: `k` is not between 2 and 20.
             *     - `invalid_mode`: `mode` is not `all_or_nothing` or `valid_rows`.
             *     - `reason_required`: A manual change without a reason, or with one over 500 characters.
             *     - `invalid_unit_code`: A unit code that is not 1–32 letters, digits, `-` or `_`.
             *     - `invalid_grade`: A grade that is not 1 to 9.
             *     - `invalid_phone`: A phone number that is not 3–32 digits, spaces, `+`, `-`, `(` or `)`.
             *     - `invalid_email`: Not an e-mail address.
             *     - `invalid_departure`: A departure that is not `on_leave` or `deactivated`.
             *     - `duplicate`: The record already exists.
             *     - `referenced_record_missing`: A record the change refers to does not exist.
             *     - `over_capacity`: The manager has no capacity left (send `override` to assign anyway).
             *     - `run_in_progress`: Another run or import holds the lock; try when it has finished.
             *     - `run_not_proposed`: The run is no longer a proposal (committed, discarded or failed).
             *     - `run_conflict`: The data changed since the preview; run it again.
             *     - `run_interrupted`: The run's server stopped while it ran; it was marked failed.
             *     - `lock_lost`: The job lost its lock to another server (its heartbeat went stale).
             *     - `role_conflict`: An import row names a user that exists with another role.
             *     - `synthetic_exists`: Synthetic data is already loaded.
             *     - `unit_code_taken`: Another unit has this code.
             *     - `unit_closed`: The unit is closed and takes no new members or sub-units.
             *     - `unit_cycle`: The move would put a unit below itself.
             *     - `unit_is_root`: The head office is the root of the tree: it cannot move or close.
             *     - `unit_not_empty`: The unit still holds accounts or open sub-units.
             *     - `manager_has_customers`: The manager still has customers: transfer the book first.
             *     - `busy`: Other writers held the rows this change needs; nothing was written, send it again.
             *     - `service_unavailable`: The database is unavailable; retry after `Retry-After` seconds.
             *     - `internal_error`: Something failed on the server; the log has the details.
             * @example invalid_age
             * @enum {string}
             */
            error: "malformed_json" | "invalid_body" | "invalid_query" | "invalid_path" | "bad_request" | "payload_too_large" | "unsupported_media_type" | "cors_not_allowed" | "method_not_allowed" | "not_found" | "invalid_credentials" | "unauthenticated" | "too_many_attempts" | "forbidden" | "username_taken" | "invalid_username" | "weak_password" | "password_too_long" | "wrong_password" | "password_change_required" | "invalid_name" | "invalid_role" | "invalid_age" | "invalid_assets" | "invalid_occupation" | "invalid_capacity" | "field_not_allowed" | "unknown_tag" | "too_many_tags" | "invalid_tag" | "invalid_tag_kind" | "tag_exists" | "vocabulary_full" | "invalid_page" | "invalid_per_page" | "invalid_class" | "invalid_limit" | "invalid_range" | "invalid_interaction" | "invalid_sort" | "invalid_order" | "invalid_load" | "invalid_k" | "invalid_mode" | "reason_required" | "invalid_unit_code" | "invalid_grade" | "invalid_phone" | "invalid_email" | "invalid_departure" | "duplicate" | "referenced_record_missing" | "over_capacity" | "run_in_progress" | "run_not_proposed" | "run_conflict" | "run_interrupted" | "lock_lost" | "role_conflict" | "synthetic_exists" | "unit_code_taken" | "unit_closed" | "unit_cycle" | "unit_is_root" | "unit_not_empty" | "manager_has_customers" | "busy" | "service_unavailable" | "internal_error";
            /** @description The request field at fault, for validation errors. */
            field?: string | null;
            /** @description Text for people. */
            message: string;
            /** @description The same text as `message`, under the key the original system's clients read. */
            msg: string;
        };
        ExplanationDto: {
            /** Format: int64 */
            assigned_at: number | null;
            /** Format: int64 */
            assigned_by: number | null;
            /** @enum {string|null} */
            class: "A" | "B" | "C" | "D" | "E" | null;
            /** Format: int64 */
            customer_id: number;
            /** Format: int32 */
            hobbies_match: number | null;
            /** Format: int64 */
            manager_id: number | null;
            manager_name: string | null;
            matched_hobbies: string[];
            matched_needs: string[];
            /** Format: int32 */
            needs_match: number | null;
            /** @enum {string|null} */
            reason: "best_match" | "capacity_bound" | "sticky" | "manual" | "no_capacity" | "manager_inactive" | "unassigned" | null;
            /** Format: int64 */
            run_id: number | null;
            /**
             * Format: int32
             * @description The original's "similarity": matched needs plus matched hobbies.
             */
            score: number | null;
        };
        HealthResponse: {
            /** @example ok */
            database: string;
            /** @example ok */
            status: string;
            version: string;
        };
        /** @description One of the customer's hobbies, as the original's `hobbies_analysis` listed it. */
        HobbyAnalysisDto: {
            hobby: string;
            /** @description Their manager shares it (false without a manager). */
            matched: boolean;
        };
        /** @description An import job: a run record of kind `import_customers` or `import_managers`. */
        ImportJobDto: {
            /**
             * Format: int64
             * @description Unix seconds.
             */
            created_at: number;
            /** Format: int64 */
            duration_ms: number | null;
            error: string | null;
            /** Format: int64 */
            finished_at: number | null;
            /** Format: int64 */
            id: number;
            /** @enum {string} */
            kind: "import_customers" | "import_managers";
            /** @enum {string} */
            phase: "queued" | "loading" | "segmenting" | "solving" | "saving" | "committing" | "validating" | "checking" | "applying" | "done" | "failed" | "interrupted";
            /**
             * Format: int32
             * @description 0–100.
             */
            progress: number;
            report: components["schemas"]["ImportReportDto"] | null;
            /** Format: int64 */
            requested_by: number;
            /** @enum {string} */
            status: "running" | "proposed" | "committed" | "discarded" | "failed";
            /**
             * Format: int64
             * @description The unit whose part of the organisation it imported into; null: the whole bank.
             */
            unit_id: number | null;
        };
        ImportJobPage: {
            items: components["schemas"]["ImportJobDto"][];
            /** Format: int64 */
            page: number;
            /** Format: int64 */
            per_page: number;
            /** Format: int64 */
            total: number;
        };
        ImportReportDto: {
            /**
             * Format: int64
             * @description New users created (they have no password until an admin sets one).
             */
            created: number;
            /** @enum {string} */
            kind: "customers" | "managers";
            /** @enum {string} */
            mode: "all_or_nothing" | "valid_rows";
            /** @description Time spent in each phase: validate, check, apply. */
            phase_ms: components["schemas"]["PhaseTimeDto"][];
            /** Format: int64 */
            problem_count: number;
            /** @description The first 1,000 problems by line. */
            problems: components["schemas"]["RowProblemDto"][];
            /** @description Every problem counted by code. */
            problems_by_code: {
                [key: string]: number;
            };
            /**
             * Format: int64
             * @description Rows not written because they have problems.
             */
            rejected: number;
            /**
             * Format: int64
             * @description Data rows read so far (the header not counted).
             */
            rows: number;
            /** @description More problems exist than are listed. */
            truncated: boolean;
            /**
             * Format: int64
             * @description Existing users updated.
             */
            updated: number;
        };
        /**
         * @description A customer's insights, in the language of `Accept-Language` (Chinese by default): the
         *     original's fields (`customer_name`, `customer_class`, `needs_analysis`, `hobbies_analysis`,
         *     `recommendations` as text) beside Portrait's.
         */
        InsightsResponse: {
            assignment: components["schemas"]["ExplanationDto"];
            /** @enum {string|null} */
            class: "A" | "B" | "C" | "D" | "E" | null;
            class_description: string;
            /** @enum {string|null} */
            customer_class: "A" | "B" | "C" | "D" | "E" | null;
            /** Format: int64 */
            customer_id: number;
            customer_name: string;
            hobbies: string[];
            /** @description Every hobby, in order, and whether their manager shares it. */
            hobbies_analysis: components["schemas"]["HobbyAnalysisDto"][];
            needs: string[];
            /** @description Every need, in order, and whether their manager covers it. */
            needs_analysis: components["schemas"]["NeedAnalysisDto"][];
            needs_covered: string[];
            needs_uncovered: string[];
            persona: components["schemas"]["PersonaDto"] | null;
            /** @description The same advice with the need each line answers. */
            recommendation_details: components["schemas"]["RecommendationDto"][];
            /** @description The product advice as text, one line per need that has some (the original's shape). */
            recommendations: string[];
            /** Format: int32 */
            segment: number | null;
            shared_hobbies: string[];
            summary: string;
        };
        InteractionDto: {
            /** Format: int64 */
            author_id: number;
            author_name: string;
            /** Format: int64 */
            created_at: number;
            /** Format: int64 */
            customer_id: number;
            customer_name: string;
            /**
             * Format: int64
             * @description Unix seconds; null without a follow-up.
             */
            follow_up_at: number | null;
            follow_up_done: boolean;
            /**
             * Format: int64
             * @description Unix seconds.
             */
            happened_at: number;
            /** Format: int64 */
            id: number;
            /** @enum {string} */
            kind: "call" | "meeting" | "message" | "visit" | "life_event" | "contact_request";
            /** @enum {string|null} */
            life_event: "marriage" | "child" | "retirement" | "property_purchase" | "new_job" | "inheritance" | null;
            note: string | null;
        };
        InteractionPage: {
            items: components["schemas"]["InteractionDto"][];
            /** Format: int64 */
            page: number;
            /** Format: int64 */
            per_page: number;
            /** Format: int64 */
            total: number;
        };
        /**
         * @example {
         *       "password": "123456",
         *       "username": "customer1"
         *     }
         */
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
            /** @description The original's confirmation, `logged in`. */
            msg: string;
            token: string;
            user: components["schemas"]["UserDto"];
        };
        /**
         * @description What a customer sees of their own manager. Closed (no other properties), so a full
         *     profile never also reads as a card: the two are `oneOf` in `ManagerView`.
         */
        ManagerCardDto: {
            capabilities: string[];
            email: string | null;
            hobbies: string[];
            name: string;
            /** @description How to reach them, when set. */
            phone: string | null;
            unit_code: string;
            /**
             * Format: int64
             * @description Where the manager works.
             */
            unit_id: number;
            unit_name: string;
            /** Format: int64 */
            user_id: number;
        };
        ManagerLoadDto: {
            /** @description False while on leave or deactivated. */
            active: boolean;
            /** Format: int32 */
            capacity: number;
            /** Format: int64 */
            customer_count: number;
            /** Format: int64 */
            manager_id: number;
            manager_name: string;
            /** Format: double */
            mean_score: number | null;
            /**
             * Format: double
             * @description customer_count / capacity (0 when the capacity is 0).
             */
            utilisation: number;
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
            email: string | null;
            hobbies: string[];
            name: string;
            /** @description Their work phone and e-mail, when set on their staff account. */
            phone: string | null;
            unit_code: string;
            /**
             * Format: int64
             * @description The manager's unit.
             */
            unit_id: number;
            unit_name: string;
            /** Format: int64 */
            user_id: number;
            username: string;
        };
        /**
         * @description A change to a manager's profile. `capacity` and `active` are for admins only.
         * @example {
         *       "capabilities": [
         *         "investment",
         *         "insurance"
         *       ],
         *       "capacity": 60,
         *       "hobbies": [
         *         "travel"
         *       ]
         *     }
         */
        ManagerProfileUpdate: {
            /** @description False puts the manager on leave and releases their customers; admins only. */
            active?: boolean | null;
            capabilities?: string[] | null;
            /** Format: int64 */
            capacity?: number | null;
            hobbies?: string[] | null;
            name?: string | null;
        };
        /** @description A manager's own book. */
        ManagerStatsResponse: {
            active: boolean;
            /** Format: int32 */
            capacity: number;
            class_mix: components["schemas"]["ClassCountDto"][];
            /** Format: int64 */
            customer_count: number;
            /** Format: int64 */
            manager_id: number;
            /** Format: double */
            mean_score: number | null;
            /** @description The five most common needs in the book. */
            top_needs: components["schemas"]["NeedCountDto"][];
            /**
             * Format: double
             * @description customer_count / capacity (0 when the capacity is 0).
             */
            utilisation: number;
        };
        /** @description The full profile (the manager, admins) or the public card (their customers). */
        ManagerView: components["schemas"]["ManagerProfileDto"] | components["schemas"]["ManagerCardDto"];
        /**
         * @example {
         *       "customer_id": 7,
         *       "manager_id": 24,
         *       "reason": "asked for a manager who speaks Cantonese"
         *     }
         */
        ManualAssignRequest: {
            /** Format: int64 */
            customer_id: number;
            /** Format: int64 */
            manager_id: number;
            /** @description Allow exceeding the manager's capacity (recorded). */
            override?: boolean;
            /** @description Why; kept in the history and the audit log. 1–500 characters, not only blanks. */
            reason?: string | null;
        };
        /** @description The original `manual-assign` answer (`msg`, `similarity`, `class`) plus the explanation. */
        ManualAssignResponse: {
            assignment: components["schemas"]["ExplanationDto"];
            /** @enum {string|null} */
            class: "A" | "B" | "C" | "D" | "E" | null;
            msg: string;
            similarity: components["schemas"]["SimilarityDto"];
            /**
             * Format: int32
             * @description `similarity.score` alone (what `similarity` was before it took the original's shape).
             */
            similarity_score: number | null;
        };
        MessageResponse: {
            msg: string;
        };
        /** @description One of the customer's needs, as the original's `needs_analysis` listed it. */
        NeedAnalysisDto: {
            /** @description Their manager offers it (false without a manager). */
            matched: boolean;
            need: string;
        };
        NeedCountDto: {
            /** Format: int64 */
            customers: number;
            need: string;
        };
        /**
         * @example {
         *       "follow_up_at": 1800086400,
         *       "kind": "call",
         *       "note": "谈到子女教育金"
         *     }
         */
        NewInteractionRequest: {
            /**
             * Format: int64
             * @description Unix seconds: when to follow up (after the contact, at most two years ahead).
             */
            follow_up_at?: number | null;
            /**
             * Format: int64
             * @description Unix seconds; now when absent. Not in the future, not over ten years ago.
             */
            happened_at?: number | null;
            /** @enum {string} */
            kind: "call" | "meeting" | "message" | "visit" | "life_event" | "contact_request";
            /** @enum {string|null} */
            life_event?: "marriage" | "child" | "retirement" | "property_purchase" | "new_job" | "inheritance" | null;
            note?: string | null;
        };
        /**
         * @example {
         *       "capacity": 200,
         *       "email": "li.na@bank.example",
         *       "grade": 3,
         *       "name": "李娜",
         *       "password": "first-pass-1",
         *       "phone": "+86 21 6888 8888",
         *       "role": "manager",
         *       "unit_id": 1,
         *       "username": "li.na"
         *     }
         */
        NewStaffRequest: {
            /**
             * Format: int64
             * @description A manager's capacity (default from the settings).
             */
            capacity?: number | null;
            email?: string | null;
            /** Format: int64 */
            grade?: number | null;
            name: string;
            /** @description At least 8 characters and at most 72 bytes in UTF-8 (bcrypt's limit): 72 letters or digits, 24 Chinese characters. */
            password: string;
            phone?: string | null;
            /** @description `manager` or `admin`. */
            role: string;
            /**
             * Format: int64
             * @description A unit of the caller's part of the organisation.
             */
            unit_id: number;
            /**
             * @description 3–50 letters, digits, `_`, `.` or `-`; one account whatever its case.
             * @example alice
             */
            username: string;
        };
        /**
         * @example {
         *       "code": "SH-PD",
         *       "name": "浦东支行",
         *       "parent_id": 2
         *     }
         */
        NewUnitRequest: {
            /**
             * @description 1–32 letters, digits, `-` or `_`, kept in capitals.
             * @example SH-PD
             */
            code: string;
            /** @example 浦东支行 */
            name: string;
            /**
             * Format: int64
             * @description The open unit it goes under.
             */
            parent_id: number;
        };
        PersonaDto: {
            class_mix: components["schemas"]["ClassCountDto"][];
            /** Format: int32 */
            median_age: number | null;
            /**
             * Format: int64
             * @description In fen.
             */
            median_assets: number;
            /** Format: int32 */
            segment: number;
            /** Format: int64 */
            size: number;
            top_hobbies: components["schemas"]["TagShareDto"][];
            top_needs: components["schemas"]["TagShareDto"][];
        };
        PersonasResponse: {
            /** @description One per segment of the latest segmentation; empty before the first. */
            personas: components["schemas"]["PersonaDto"][];
        };
        PhaseTimeDto: {
            /** Format: int64 */
            ms: number;
            /** @description load, segment, solve, save or commit. */
            phase: string;
        };
        ProjectedPointDto: {
            /** @enum {string|null} */
            class: "A" | "B" | "C" | "D" | "E" | null;
            /** Format: int64 */
            customer_id: number;
            /**
             * Format: int32
             * @description None before the first segmentation.
             */
            segment: number | null;
            /** Format: double */
            x: number;
            /** Format: double */
            y: number;
        };
        /**
         * @description Customers on the first two principal components of the segmentation features
         *     (a sample of at most 5,000, stratified by segment).
         */
        ProjectionResponse: {
            /** Format: int64 */
            computed_at: number;
            /** @description Share of the variance along x and along y. */
            explained_variance: number[];
            points: components["schemas"]["ProjectedPointDto"][];
            /**
             * Format: int64
             * @description Customers the sample was drawn from.
             */
            population: number;
        };
        RecommendationDto: {
            advice: string;
            need: string;
        };
        RecordedInteraction: {
            interaction: components["schemas"]["InteractionDto"];
            /**
             * @description For a life event: needs it usually brings that the customer's portrait lacks — a
             *     suggestion for the manager to confirm (by changing the profile), never added by itself.
             */
            suggested_needs: string[];
        };
        /**
         * @example {
         *       "name": "Alice",
         *       "password": "correct horse",
         *       "username": "alice"
         *     }
         */
        RegisterRequest: {
            name?: string | null;
            /** @description At least 8 characters and at most 72 bytes in UTF-8 (bcrypt's limit): 72 letters or digits, 24 Chinese characters. */
            password: string;
            /** @enum {string} */
            role?: "customer" | "manager" | "admin";
            /**
             * @description 3–50 letters, digits, `_`, `.` or `-`; one account whatever its case.
             * @example alice
             */
            username: string;
        };
        /**
         * @description The new account: its fields at the top level (Portrait's answer) and, as the original
         *     answered, `msg`, a session `token` and the `user`. An account an admin creates comes with
         *     no session (`token` and `expires_at` null).
         */
        RegisterResponse: {
            /**
             * Format: int64
             * @description Unix seconds.
             */
            expires_at: number | null;
            /** Format: int64 */
            id: number;
            /** @description `registered`. */
            msg: string;
            name: string;
            /** @enum {string} */
            role: "customer" | "manager" | "admin";
            /** @description A bearer token of the new user, like one from login (revoked by logout). */
            token: string | null;
            user: components["schemas"]["UserDto"];
            username: string;
        };
        /** @description One problem of an imported file. */
        RowProblemDto: {
            /**
             * @description Stable code, see docs/data-exchange.md.
             * @example unknown_tag
             */
            code: string;
            /** @description The column's header name; null for a problem of the whole row. */
            column: string | null;
            /**
             * Format: int64
             * @description The line in the file (the header is line 1; a record spanning lines counts from its first).
             */
            line: number;
            message: string;
        };
        RunDto: {
            /** Format: int64 */
            committed_by: number | null;
            /** @description Display name of `committed_by`. */
            committed_by_name: string | null;
            /** Format: int64 */
            created_at: number;
            /** @enum {string|null} */
            departure: "on_leave" | "deactivated" | null;
            dry_run: boolean;
            /** Format: int64 */
            duration_ms: number | null;
            error: string | null;
            /** Format: int64 */
            finished_at: number | null;
            /** Format: int64 */
            id: number;
            /** Format: int32 */
            k: number | null;
            /** @enum {string} */
            kind: "auto" | "transfer" | "segmentation" | "import_customers" | "import_managers";
            /** @enum {string} */
            phase: "queued" | "loading" | "segmenting" | "solving" | "saving" | "committing" | "validating" | "checking" | "applying" | "done" | "failed" | "interrupted";
            /**
             * Format: int32
             * @description 0–100.
             */
            progress: number;
            rebalance: boolean;
            /** Format: int64 */
            requested_by: number;
            /** @description Display name of `requested_by`. */
            requested_by_name: string | null;
            /** @enum {string} */
            status: "running" | "proposed" | "committed" | "discarded" | "failed";
            /** Format: int64 */
            subject_id: number | null;
            summary: components["schemas"]["RunSummaryDto"] | null;
            /**
             * Format: int64
             * @description The unit whose subtree the run covers; null for the whole bank.
             */
            unit_id: number | null;
        };
        RunPage: {
            items: components["schemas"]["RunDto"][];
            /** Format: int64 */
            page: number;
            /** Format: int64 */
            per_page: number;
            /** Format: int64 */
            total: number;
        };
        RunSummaryDto: {
            after: components["schemas"]["BookStatsDto"];
            before: components["schemas"]["BookStatsDto"];
            /** Format: int64 */
            capacity_free_bound: number;
            /** Format: int64 */
            capacity_shortfall: number;
            /** Format: int64 */
            changed_count: number;
            /**
             * Format: int64
             * @description Managers the run never proposes: on leave, deactivated, or the one a transfer re-homes.
             */
            managers_unavailable: number;
            personas: components["schemas"]["PersonaDto"][];
            /** @description Time spent in each phase. */
            phase_ms: components["schemas"]["PhaseTimeDto"][];
            segments: number;
        };
        ScoreBucketDto: {
            /**
             * Format: int64
             * @description Customers whose best possible match (any active manager, capacity ignored) has this score.
             */
            best_possible: number;
            /**
             * Format: int64
             * @description Assigned customers whose current match has this score.
             */
            current: number;
            /** Format: int32 */
            score: number;
        };
        /** @description Current match scores beside the best each customer could get. */
        ScoreDistributionResponse: {
            /** Format: int64 */
            assigned: number;
            /** @description Every score from 0 to the highest seen. */
            buckets: components["schemas"]["ScoreBucketDto"][];
            /**
             * Format: int64
             * @description Unix seconds: when the figures were computed (they are cached until the book changes).
             */
            computed_at: number;
            /** Format: double */
            mean_best_possible: number;
            /** Format: double */
            mean_current: number;
            /** Format: int64 */
            unassigned: number;
        };
        /**
         * @example {
         *       "k": 5
         *     }
         */
        SegmentationRequest: {
            /** Format: int64 */
            k?: number | null;
        };
        /**
         * @description A new password for a user, set by an admin.
         * @example {
         *       "password": "a new passphrase"
         *     }
         */
        SetPasswordRequest: {
            /** @description At least 8 characters and at most 72 bytes in UTF-8 (bcrypt's limit): 72 letters or digits, 24 Chinese characters. */
            password: string;
        };
        /** @description How well a customer and a manager match, in the original's shape. */
        SimilarityDto: {
            /** @description The hobbies they share. */
            hobbies: string[];
            /** @description The customer's needs the manager offers. */
            needs: string[];
            /**
             * Format: int32
             * @description Matched needs plus matched hobbies.
             */
            score: number;
        };
        StaffDto: {
            active: boolean;
            /**
             * Format: int32
             * @description A manager's capacity; `null` for admins.
             */
            capacity: number | null;
            /**
             * Format: int64
             * @description Unix seconds.
             */
            created_at: number;
            email: string | null;
            /**
             * Format: int32
             * @description 1 (entry) to 9.
             */
            grade: number | null;
            /** Format: int64 */
            id: number;
            /** @description Until its owner chooses their own password. */
            must_change_password: boolean;
            name: string;
            phone: string | null;
            /** @enum {string} */
            role: "customer" | "manager" | "admin";
            /** @enum {string} */
            status: "active" | "on_leave" | "deactivated";
            unit_code: string;
            /** Format: int64 */
            unit_id: number;
            username: string;
        };
        StaffPage: {
            items: components["schemas"]["StaffDto"][];
            /** Format: int64 */
            page: number;
            /** Format: int64 */
            per_page: number;
            /** Format: int64 */
            total: number;
        };
        /**
         * @description Absent fields stay as they are; an empty `phone` or `email` clears it.
         * @example {
         *       "active": true,
         *       "grade": 4,
         *       "phone": "",
         *       "unit_id": 2
         *     }
         */
        StaffUpdate: {
            /** @description `false` deactivates the account (every session ends); a manager must have no customers. */
            active?: boolean | null;
            email?: string | null;
            /** Format: int64 */
            grade?: number | null;
            name?: string | null;
            phone?: string | null;
            /** Format: int64 */
            unit_id?: number | null;
        };
        /** @description The original statistics' fields plus each manager's capacity, state and mean score. */
        StatsResponse: {
            class_stats: components["schemas"]["ClassCountDto"][];
            manager_loads: components["schemas"]["ManagerLoadDto"][];
            /** Format: int64 */
            total_customers: number;
            /** Format: int64 */
            total_managers: number;
            /**
             * Format: int64
             * @description Customers with a manager.
             */
            total_matches: number;
        };
        TagShareDto: {
            /** Format: double */
            share: number;
            tag: string;
        };
        TagsResponse: {
            /** @description Manager capabilities use the needs vocabulary. */
            capabilities: string[];
            hobbies: string[];
            needs: string[];
        };
        /**
         * @example {
         *       "dry_run": true
         *     }
         */
        TransferRequest: {
            dry_run?: boolean;
        };
        TrendPointDto: {
            /**
             * Format: int64
             * @description The book as the run left it (or would have, for a proposal).
             */
            assigned: number;
            /** Format: int64 */
            created_at: number;
            dry_run: boolean;
            /** Format: int64 */
            duration_ms: number | null;
            /** @enum {string} */
            kind: "auto" | "transfer" | "segmentation" | "import_customers" | "import_managers";
            /** Format: double */
            mean_score: number;
            /** Format: int64 */
            run_id: number;
            /** @enum {string} */
            status: "running" | "proposed" | "committed" | "discarded" | "failed";
            /** Format: int64 */
            unassigned: number;
        };
        /** @description Finished runs, oldest first. */
        TrendResponse: {
            runs: components["schemas"]["TrendPointDto"][];
        };
        /**
         * @example {
         *       "customer_id": 7,
         *       "reason": "the customer closed their accounts"
         *     }
         */
        UnassignRequest: {
            /** Format: int64 */
            customer_id: number;
            /** @description Why; kept in the history and the audit log. 1–500 characters, not only blanks. */
            reason: string;
        };
        /** @description A unit with what it holds directly (its sub-units not counted). */
        UnitDto: {
            /** Format: int64 */
            admins: number;
            /**
             * Format: int64
             * @description Seats of its active managers.
             */
            capacity: number;
            /** @description A closed unit takes no new members or sub-units. */
            closed: boolean;
            /** @description Unique, in capitals. */
            code: string;
            /** Format: int64 */
            customers: number;
            /**
             * Format: int32
             * @description 0 for the head office, 1 for a branch, and so on.
             */
            depth: number;
            /** Format: int64 */
            id: number;
            /**
             * Format: int64
             * @description Customers assigned to its managers.
             */
            load: number;
            /** Format: int64 */
            managers: number;
            name: string;
            /**
             * Format: int64
             * @description `null` for the head office, the root.
             */
            parent_id: number | null;
        };
        /** @description The admin's unit and every unit below it, parents before children. */
        UnitList: {
            units: components["schemas"]["UnitDto"][];
        };
        /** @description A unit just written; what it holds is read from the list. */
        UnitRecordDto: {
            closed: boolean;
            code: string;
            /** Format: int32 */
            depth: number;
            /** Format: int64 */
            id: number;
            name: string;
            /** Format: int64 */
            parent_id: number | null;
        };
        /**
         * @description Absent fields stay as they are.
         * @example {
         *       "name": "浦东新区支行",
         *       "parent_id": 2
         *     }
         */
        UnitUpdate: {
            /** @example 浦东支行 */
            name?: string;
            /**
             * Format: int64
             * @description Moves the unit, with everything below it, under this open unit.
             */
            parent_id?: number | null;
        };
        /** Format: binary */
        UploadBytes: string;
        UserDto: {
            /** Format: int64 */
            id: number;
            /**
             * @description An admin created the account or set its password: until its owner chooses their own
             *     (`PUT /api/auth/password`), every other call answers 403 `password_change_required`.
             */
            must_change_password: boolean;
            name: string;
            /** @enum {string} */
            role: "customer" | "manager" | "admin";
            username: string;
        };
        /**
         * @description The token is good: `{valid, user}`, and the user's fields at the top level as the
         *     original answered.
         */
        VerifyResponse: {
            /** Format: int64 */
            id: number;
            name: string;
            /** @enum {string} */
            role: "customer" | "manager" | "admin";
            user: components["schemas"]["UserDto"];
            username: string;
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
    about: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done: the result. */
            200: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AboutResponse"];
                };
            };
            /** @description Malformed request: bad JSON, unknown or unparsable query or path values (`error` says which). */
            400: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A value is out of range or not allowed (`error` is the stable code, `field` the input). */
            422: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After"?: string;
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    capability_gaps: {
        parameters: {
            query?: {
                /**
                 * @description Only this unit and everything below it (within the admin's part); the admin's whole
                 *     part when absent.
                 */
                unit_id?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done: the result. */
            200: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapabilityGapsResponse"];
                };
            };
            /** @description See `error` and `message` in the body. */
            400: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            401: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            403: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A value is out of range or not allowed (`error` is the stable code, `field` the input). */
            422: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After"?: string;
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    personas: {
        parameters: {
            query?: {
                /**
                 * @description Only this unit and everything below it (within the admin's part); the admin's whole
                 *     part when absent.
                 */
                unit_id?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done: the result. */
            200: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonasResponse"];
                };
            };
            /** @description See `error` and `message` in the body. */
            400: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            401: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            403: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A value is out of range or not allowed (`error` is the stable code, `field` the input). */
            422: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After"?: string;
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    projection: {
        parameters: {
            query?: {
                /**
                 * @description Only this unit and everything below it (within the admin's part); the admin's whole
                 *     part when absent.
                 */
                unit_id?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done: the result. */
            200: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectionResponse"];
                };
            };
            /** @description See `error` and `message` in the body. */
            400: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            401: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            403: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A value is out of range or not allowed (`error` is the stable code, `field` the input). */
            422: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After"?: string;
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    scores: {
        parameters: {
            query?: {
                /**
                 * @description Only this unit and everything below it (within the admin's part); the admin's whole
                 *     part when absent.
                 */
                unit_id?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done: the result. */
            200: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScoreDistributionResponse"];
                };
            };
            /** @description See `error` and `message` in the body. */
            400: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            401: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            403: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A value is out of range or not allowed (`error` is the stable code, `field` the input). */
            422: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After"?: string;
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    trend: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Only the runs over this unit or a unit below it (within the admin's part). */
                unit_id?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done: the result. */
            200: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrendResponse"];
                };
            };
            /** @description See `error` and `message` in the body. */
            400: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            401: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            403: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            422: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After"?: string;
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    list_runs: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done: the result. */
            200: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunPage"];
                };
            };
            /** @description Malformed request: bad JSON, unknown or unparsable query or path values (`error` says which). */
            400: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No token, or an expired, revoked or invalid one. */
            401: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            403: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A value is out of range or not allowed (`error` is the stable code, `field` the input). */
            422: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After"?: string;
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    get_run: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done: the result. */
            200: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunDto"];
                };
            };
            /** @description Malformed request: bad JSON, unknown or unparsable query or path values (`error` says which). */
            400: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No token, or an expired, revoked or invalid one. */
            401: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            403: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A value is out of range or not allowed (`error` is the stable code, `field` the input). */
            422: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After"?: string;
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    run_changes: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done: the result. */
            200: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangePage"];
                };
            };
            /** @description Malformed request: bad JSON, unknown or unparsable query or path values (`error` says which). */
            400: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No token, or an expired, revoked or invalid one. */
            401: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            403: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A value is out of range or not allowed (`error` is the stable code, `field` the input). */
            422: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After"?: string;
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    commit_run: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done: the result. */
            200: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunDto"];
                };
            };
            /** @description Malformed request: bad JSON, unknown or unparsable query or path values (`error` says which). */
            400: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No token, or an expired, revoked or invalid one. */
            401: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            403: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description not a proposal, or the data changed underneath */
            409: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A value is out of range or not allowed (`error` is the stable code, `field` the input). */
            422: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After"?: string;
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    discard_run: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done: the result. */
            200: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunDto"];
                };
            };
            /** @description Malformed request: bad JSON, unknown or unparsable query or path values (`error` says which). */
            400: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No token, or an expired, revoked or invalid one. */
            401: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            403: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflicts with the current state (`error` says how); nothing was changed. */
            409: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A value is out of range or not allowed (`error` is the stable code, `field` the input). */
            422: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After"?: string;
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    audit_log: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
                /** @description Only what this account did. */
                actor_id?: number | null;
                /** @description An action or its start: `run.commit`, or `run.` for every run event. */
                action?: string | null;
                /** @description A target exactly as recorded: `user:7`, `run:12`, `unit:3`, `tag:need:loan`. */
                target?: string | null;
                /** @description Unix seconds, inclusive. */
                from?: number | null;
                /** @description Unix seconds, inclusive. */
                to?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done: the result. */
            200: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPage"];
                };
            };
            /** @description See `error` and `message` in the body. */
            400: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            401: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            403: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description invalid_page, invalid_per_page, invalid_range */
            422: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After"?: string;
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    auto_assign: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AutoAssignRequest"];
            };
        };
        responses: {
            /** @description Done: the result. */
            200: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AutoAssignResponse"];
                };
            };
            /** @description still running */
            202: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AutoAssignResponse"];
                };
            };
            /** @description Malformed request: bad JSON, unknown or unparsable query or path values (`error` says which). */
            400: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No token, or an expired, revoked or invalid one. */
            401: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            403: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description no such unit */
            404: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description an overlapping run is in progress */
            409: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body's Content-Type is not one the request body lists. */
            415: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            422: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After"?: string;
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    dashboard: {
        parameters: {
            query?: {
                /**
                 * @description Only this unit and everything below it (within the admin's part); the admin's whole
                 *     part when absent.
                 */
                unit_id?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done: the result. */
            200: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DashboardResponse"];
                };
            };
            /** @description See `error` and `message` in the body. */
            400: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            401: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            403: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A value is out of range or not allowed (`error` is the stable code, `field` the input). */
            422: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After"?: string;
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    export_assignments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done: the result. */
            200: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Malformed request: bad JSON, unknown or unparsable query or path values (`error` says which). */
            400: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            401: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            403: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A value is out of range or not allowed (`error` is the stable code, `field` the input). */
            422: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After"?: string;
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    export_customers: {
        parameters: {
            query?: {
                class?: "A" | "B" | "C" | "D" | "E" | "unclassified";
                manager_id?: number | null;
                /** @description Only customers without a manager. */
                unassigned?: boolean | null;
                need?: string | null;
                hobby?: string | null;
                /** @description Part of a name or username. */
                q?: string | null;
                /** @description Only customers whose home unit is this one or below it. */
                unit_id?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description UTF-8 CSV with a byte-order mark */
            200: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Malformed request: bad JSON, unknown or unparsable query or path values (`error` says which). */
            400: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            401: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            403: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            422: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After"?: string;
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    export_managers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done: the result. */
            200: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Malformed request: bad JSON, unknown or unparsable query or path values (`error` says which). */
            400: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            401: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            403: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A value is out of range or not allowed (`error` is the stable code, `field` the input). */
            422: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After"?: string;
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    import_customers: {
        parameters: {
            query?: {
                mode?: "all_or_nothing" | "valid_rows";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The file: UTF-8 CSV with a header row (a byte-order mark is fine) */
        requestBody: {
            content: {
                "application/octet-stream": components["schemas"]["UploadBytes"];
                "text/csv": components["schemas"]["UploadBytes"];
            };
        };
        responses: {
            /** @description Done: the result. */
            200: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportJobDto"];
                };
            };
            /** @description still running */
            202: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportJobDto"];
                };
            };
            /** @description Malformed request: bad JSON, unknown or unparsable query or path values (`error` says which). */
            400: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            401: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            403: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description a run or import holds the lock */
            409: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            413: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body's Content-Type is not one the request body lists. */
            415: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description invalid_mode */
            422: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After"?: string;
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    import_managers: {
        parameters: {
            query?: {
                mode?: "all_or_nothing" | "valid_rows";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The file: UTF-8 CSV with a header row (a byte-order mark is fine) */
        requestBody: {
            content: {
                "application/octet-stream": components["schemas"]["UploadBytes"];
                "text/csv": components["schemas"]["UploadBytes"];
            };
        };
        responses: {
            /** @description Done: the result. */
            200: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportJobDto"];
                };
            };
            /** @description still running */
            202: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportJobDto"];
                };
            };
            /** @description Malformed request: bad JSON, unknown or unparsable query or path values (`error` says which). */
            400: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            401: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            403: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflicts with the current state (`error` says how); nothing was changed. */
            409: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            413: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body's Content-Type is not one the request body lists. */
            415: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            422: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After"?: string;
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    list_imports: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done: the result. */
            200: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportJobPage"];
                };
            };
            /** @description Malformed request: bad JSON, unknown or unparsable query or path values (`error` says which). */
            400: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            401: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            403: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A value is out of range or not allowed (`error` is the stable code, `field` the input). */
            422: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After"?: string;
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    get_import: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done: the result. */
            200: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportJobDto"];
                };
            };
            /** @description Malformed request: bad JSON, unknown or unparsable query or path values (`error` says which). */
            400: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            401: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            403: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A value is out of range or not allowed (`error` is the stable code, `field` the input). */
            422: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After"?: string;
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    transfer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the departing manager */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransferRequest"];
            };
        };
        responses: {
            /** @description Done: the result. */
            200: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AutoAssignResponse"];
                };
            };
            /** @description Accepted and still running: follow it by its id. */
            202: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AutoAssignResponse"];
                };
            };
            /** @description Malformed request: bad JSON, unknown or unparsable query or path values (`error` says which). */
            400: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No token, or an expired, revoked or invalid one. */
            401: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            403: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflicts with the current state (`error` says how); nothing was changed. */
            409: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body's Content-Type is not one the request body lists. */
            415: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A value is out of range or not allowed (`error` is the stable code, `field` the input). */
            422: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After"?: string;
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    manual_assign: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ManualAssignRequest"];
            };
        };
        responses: {
            /** @description Done: the result. */
            200: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManualAssignResponse"];
                };
            };
            /** @description Malformed request: bad JSON, unknown or unparsable query or path values (`error` says which). */
            400: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No token, or an expired, revoked or invalid one. */
            401: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            403: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description unknown customer, or not an active manager */
            404: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description over capacity */
            409: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body's Content-Type is not one the request body lists. */
            415: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            422: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After"?: string;
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    segmentation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SegmentationRequest"];
            };
        };
        responses: {
            /** @description Done: the result. */
            200: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunDto"];
                };
            };
            /** @description Accepted and still running: follow it by its id. */
            202: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunDto"];
                };
            };
            /** @description Malformed request: bad JSON, unknown or unparsable query or path values (`error` says which). */
            400: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No token, or an expired, revoked or invalid one. */
            401: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            403: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflicts with the current state (`error` says how); nothing was changed. */
            409: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body's Content-Type is not one the request body lists. */
            415: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            422: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After"?: string;
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    list_staff: {
        parameters: {
            query?: {
                /** @description Part of the username or the name. */
                search?: string | null;
                /** @description `manager` or `admin`. */
                role?: string | null;
                /** @description This unit and everything below it. */
                unit_id?: number | null;
                active?: boolean | null;
                page?: number;
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done: the result. */
            200: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffPage"];
                };
            };
            /** @description Malformed request: bad JSON, unknown or unparsable query or path values (`error` says which). */
            400: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            401: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            403: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            422: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After"?: string;
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    create_staff: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewStaffRequest"];
            };
        };
        responses: {
            /** @description Created: the new resource. */
            201: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffDto"];
                };
            };
            /** @description Malformed request: bad JSON, unknown or unparsable query or path values (`error` says which). */
            400: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            401: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            403: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description the username is taken, or the unit is closed */
            409: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body's Content-Type is not one the request body lists. */
            415: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            422: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After"?: string;
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    get_staff: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the account's user id */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done: the result. */
            200: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffDto"];
                };
            };
            /** @description Malformed request: bad JSON, unknown or unparsable query or path values (`error` says which). */
            400: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            401: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            403: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A value is out of range or not allowed (`error` is the stable code, `field` the input). */
            422: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After"?: string;
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    update_staff: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the account's user id */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StaffUpdate"];
            };
        };
        responses: {
            /** @description Done: the result. */
            200: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffDto"];
                };
            };
            /** @description Malformed request: bad JSON, unknown or unparsable query or path values (`error` says which). */
            400: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            401: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            403: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description the unit is closed, or a manager to deactivate still has customers */
            409: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body's Content-Type is not one the request body lists. */
            415: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            422: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After"?: string;
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    depart: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the departing manager's user id */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DepartureRequest"];
            };
        };
        responses: {
            /** @description Done: the result. */
            200: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AutoAssignResponse"];
                };
            };
            /** @description still running */
            202: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AutoAssignResponse"];
                };
            };
            /** @description Malformed request: bad JSON, unknown or unparsable query or path values (`error` says which). */
            400: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            401: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            403: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description another run is in progress */
            409: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body's Content-Type is not one the request body lists. */
            415: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            422: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After"?: string;
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    stats: {
        parameters: {
            query?: {
                /**
                 * @description Only this unit and everything below it (within the admin's part); the admin's whole
                 *     part when absent.
                 */
                unit_id?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done: the result. */
            200: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatsResponse"];
                };
            };
            /** @description See `error` and `message` in the body. */
            400: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            401: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            403: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A value is out of range or not allowed (`error` is the stable code, `field` the input). */
            422: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After"?: string;
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    unassign: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UnassignRequest"];
            };
        };
        responses: {
            /** @description Done: the result. */
            200: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExplanationDto"];
                };
            };
            /** @description Malformed request: bad JSON, unknown or unparsable query or path values (`error` says which). */
            400: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No token, or an expired, revoked or invalid one. */
            401: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            403: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body's Content-Type is not one the request body lists. */
            415: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            422: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After"?: string;
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    list_units: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done: the result. */
            200: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitList"];
                };
            };
            /** @description Malformed request: bad JSON, unknown or unparsable query or path values (`error` says which). */
            400: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            401: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            403: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A value is out of range or not allowed (`error` is the stable code, `field` the input). */
            422: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After"?: string;
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    create_unit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewUnitRequest"];
            };
        };
        responses: {
            /** @description Created: the new resource. */
            201: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitRecordDto"];
                };
            };
            /** @description Malformed request: bad JSON, unknown or unparsable query or path values (`error` says which). */
            400: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            401: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            403: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description the code is taken, or the parent is closed */
            409: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body's Content-Type is not one the request body lists. */
            415: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            422: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After"?: string;
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    update_unit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the unit's id */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UnitUpdate"];
            };
        };
        responses: {
            /** @description Done: the result. */
            200: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitRecordDto"];
                };
            };
            /** @description Malformed request: bad JSON, unknown or unparsable query or path values (`error` says which). */
            400: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            401: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            403: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description the move would make a cycle, moves the head office, or targets a closed unit */
            409: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body's Content-Type is not one the request body lists. */
            415: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            422: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After"?: string;
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    close_unit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the unit's id */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done: the result. */
            200: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitRecordDto"];
                };
            };
            /** @description Malformed request: bad JSON, unknown or unparsable query or path values (`error` says which). */
            400: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            401: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            403: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description the unit is not empty, is the head office, or is closed already */
            409: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A value is out of range or not allowed (`error` is the stable code, `field` the input). */
            422: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After"?: string;
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    set_password: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the user's id */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetPasswordRequest"];
            };
        };
        responses: {
            /** @description Done: the result. */
            200: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description See `error` and `message` in the body. */
            400: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            401: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            403: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body's Content-Type is not one the request body lists. */
            415: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description weak_password, password_too_long (over 72 bytes) */
            422: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After"?: string;
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
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
            /** @description Done: the result. */
            200: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponse"];
                };
            };
            /** @description Malformed request: bad JSON, unknown or unparsable query or path values (`error` says which). */
            400: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description wrong username or password */
            401: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body's Content-Type is not one the request body lists. */
            415: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A value is out of range or not allowed (`error` is the stable code, `field` the input). */
            422: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description too many failures; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After"?: string;
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After"?: string;
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
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
            /** @description Done: the result. */
            200: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageResponse"];
                };
            };
            /** @description Malformed request: bad JSON, unknown or unparsable query or path values (`error` says which). */
            400: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            401: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller may not do this. */
            403: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A value is out of range or not allowed (`error` is the stable code, `field` the input). */
            422: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After"?: string;
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    change_password: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordRequest"];
            };
        };
        responses: {
            /** @description Done: the result. */
            200: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponse"];
                };
            };
            /** @description Malformed request: bad JSON, unknown or unparsable query or path values (`error` says which). */
            400: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            401: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller may not do this. */
            403: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body's Content-Type is not one the request body lists. */
            415: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description the current password is wrong (`wrong_password`), or the new one is too weak or too long */
            422: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description too many wrong passwords; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After"?: string;
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After"?: string;
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
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
            /** @description Created: the new resource. */
            201: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegisterResponse"];
                };
            };
            /** @description Malformed request: bad JSON, unknown or unparsable query or path values (`error` says which). */
            400: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description a bearer token was sent and is not valid */
            401: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description role not allowed */
            403: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description username_taken (also when it differs from a taken one only in case) */
            409: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body's Content-Type is not one the request body lists. */
            415: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description invalid_username, weak_password, password_too_long (over 72 bytes), invalid_name, invalid_role */
            422: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description too many registrations from this address; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After"?: string;
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After"?: string;
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
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
            /** @description Done: the result. */
            200: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerifyResponse"];
                };
            };
            /** @description Malformed request: bad JSON, unknown or unparsable query or path values (`error` says which). */
            400: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            401: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller may not do this. */
            403: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A value is out of range or not allowed (`error` is the stable code, `field` the input). */
            422: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After"?: string;
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
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
                page?: number;
                per_page?: number;
                class?: "A" | "B" | "C" | "D" | "E" | "unclassified";
                manager_id?: number | null;
                /** @description Only customers without a manager (admins). */
                unassigned?: boolean | null;
                need?: string | null;
                hobby?: string | null;
                /** @description Part of a name or username. */
                q?: string | null;
                sort?: "id" | "name" | "age" | "total_assets" | "assets" | "class" | "score" | "match_score";
                order?: "asc" | "desc";
                /** @description Only customers whose home unit is this one or below it. */
                unit_id?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done: the result. */
            200: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerPage"];
                };
            };
            /** @description Malformed request: bad JSON, unknown or unparsable query or path values (`error` says which). */
            400: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            401: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            403: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description no such unit */
            404: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            422: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After"?: string;
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    classification: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done: the result. */
            200: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClassCountsResponse"];
                };
            };
            /** @description Malformed request: bad JSON, unknown or unparsable query or path values (`error` says which). */
            400: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No token, or an expired, revoked or invalid one. */
            401: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            403: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A value is out of range or not allowed (`error` is the stable code, `field` the input). */
            422: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After"?: string;
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    assignment_of: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done: the result. */
            200: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExplanationDto"];
                };
            };
            /** @description Malformed request: bad JSON, unknown or unparsable query or path values (`error` says which). */
            400: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No token, or an expired, revoked or invalid one. */
            401: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            403: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A value is out of range or not allowed (`error` is the stable code, `field` the input). */
            422: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After"?: string;
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    candidates: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done: the result. */
            200: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CandidatesResponse"];
                };
            };
            /** @description See `error` and `message` in the body. */
            400: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            401: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            403: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description invalid_limit */
            422: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After"?: string;
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    insights: {
        parameters: {
            query?: never;
            header?: {
                "Accept-Language"?: string | null;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done: the result. */
            200: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InsightsResponse"];
                };
            };
            /** @description Malformed request: bad JSON, unknown or unparsable query or path values (`error` says which). */
            400: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No token, or an expired, revoked or invalid one. */
            401: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            403: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A value is out of range or not allowed (`error` is the stable code, `field` the input). */
            422: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After"?: string;
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    customer_interactions: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done: the result. */
            200: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InteractionPage"];
                };
            };
            /** @description See `error` and `message` in the body. */
            400: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            401: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            403: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            422: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After"?: string;
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    record_interaction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewInteractionRequest"];
            };
        };
        responses: {
            /** @description Created: the new resource. */
            201: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordedInteraction"];
                };
            };
            /** @description See `error` and `message` in the body. */
            400: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            401: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            403: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body's Content-Type is not one the request body lists. */
            415: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description invalid_interaction */
            422: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After"?: string;
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
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
            /** @description Done: the result. */
            200: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerProfileDto"];
                };
            };
            /** @description Malformed request: bad JSON, unknown or unparsable query or path values (`error` says which). */
            400: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            401: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            403: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A value is out of range or not allowed (`error` is the stable code, `field` the input). */
            422: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After"?: string;
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
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
            /** @description Done: the result. */
            200: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerProfileDto"];
                };
            };
            /** @description See `error` and `message` in the body. */
            400: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            401: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            403: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body's Content-Type is not one the request body lists. */
            415: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            422: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After"?: string;
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    follow_ups: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
                /** @description Only those due at or before this Unix second (e.g. the end of today). */
                due_before?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done: the result. */
            200: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InteractionPage"];
                };
            };
            /** @description See `error` and `message` in the body. */
            400: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            401: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            403: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            422: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After"?: string;
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
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
            /** @description Done: the result. */
            200: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthResponse"];
                };
            };
            /** @description Malformed request: bad JSON, unknown or unparsable query or path values (`error` says which). */
            400: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A value is out of range or not allowed (`error` is the stable code, `field` the input). */
            422: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After"?: string;
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthResponse"];
                };
            };
        };
    };
    live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done: the result. */
            200: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthResponse"];
                };
            };
            /** @description Malformed request: bad JSON, unknown or unparsable query or path values (`error` says which). */
            400: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A value is out of range or not allowed (`error` is the stable code, `field` the input). */
            422: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After"?: string;
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done: the result. */
            200: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthResponse"];
                };
            };
            /** @description Malformed request: bad JSON, unknown or unparsable query or path values (`error` says which). */
            400: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A value is out of range or not allowed (`error` is the stable code, `field` the input). */
            422: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After"?: string;
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthResponse"];
                };
            };
        };
    };
    complete_follow_up: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the interaction's id */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done: the result. */
            200: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InteractionDto"];
                };
            };
            /** @description See `error` and `message` in the body. */
            400: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            401: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            403: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description no such entry, or it has no follow-up */
            404: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A value is out of range or not allowed (`error` is the stable code, `field` the input). */
            422: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After"?: string;
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    list_managers: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
                /** @description Part of a name or username. */
                q?: string | null;
                /** @description Only managers of this unit or below it. */
                unit_id?: number | null;
                sort?: "id" | "name" | "load" | "capacity" | "seats_left";
                order?: "asc" | "desc";
                load?: "over_capacity" | "full" | "has_room" | "empty";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done: the result. */
            200: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManagerPage"];
                };
            };
            /** @description Malformed request: bad JSON, unknown or unparsable query or path values (`error` says which). */
            400: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            401: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            403: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            422: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After"?: string;
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
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
                page?: number;
                per_page?: number;
                class?: "A" | "B" | "C" | "D" | "E" | "unclassified";
                manager_id?: number | null;
                /** @description Only customers without a manager (admins). */
                unassigned?: boolean | null;
                need?: string | null;
                hobby?: string | null;
                /** @description Part of a name or username. */
                q?: string | null;
                sort?: "id" | "name" | "age" | "total_assets" | "assets" | "class" | "score" | "match_score";
                order?: "asc" | "desc";
                /** @description Only customers whose home unit is this one or below it. */
                unit_id?: number | null;
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
            /** @description Done: the result. */
            200: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerPage"];
                };
            };
            /** @description Malformed request: bad JSON, unknown or unparsable query or path values (`error` says which). */
            400: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            401: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            403: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A value is out of range or not allowed (`error` is the stable code, `field` the input). */
            422: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After"?: string;
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
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
            /** @description Done: the result. */
            200: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManagerView"];
                };
            };
            /** @description Malformed request: bad JSON, unknown or unparsable query or path values (`error` says which). */
            400: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            401: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            403: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A value is out of range or not allowed (`error` is the stable code, `field` the input). */
            422: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After"?: string;
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
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
            /** @description Done: the result. */
            200: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManagerProfileDto"];
                };
            };
            /** @description Malformed request: bad JSON, unknown or unparsable query or path values (`error` says which). */
            400: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            401: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            403: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body's Content-Type is not one the request body lists. */
            415: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            422: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After"?: string;
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    manager_stats: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done: the result. */
            200: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManagerStatsResponse"];
                };
            };
            /** @description Malformed request: bad JSON, unknown or unparsable query or path values (`error` says which). */
            400: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            401: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            403: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A value is out of range or not allowed (`error` is the stable code, `field` the input). */
            422: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After"?: string;
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    request_contact: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactMeRequest"];
            };
        };
        responses: {
            /** @description the request already open */
            200: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InteractionDto"];
                };
            };
            /** @description Created: the new resource. */
            201: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InteractionDto"];
                };
            };
            /** @description See `error` and `message` in the body. */
            400: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            401: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            403: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body's Content-Type is not one the request body lists. */
            415: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description invalid_interaction */
            422: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After"?: string;
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
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
            /** @description Done: the result. */
            200: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagsResponse"];
                };
            };
            /** @description Malformed request: bad JSON, unknown or unparsable query or path values (`error` says which). */
            400: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            401: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller may not do this. */
            403: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A value is out of range or not allowed (`error` is the stable code, `field` the input). */
            422: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After"?: string;
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
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
            /** @description Created: the new resource. */
            201: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagsResponse"];
                };
            };
            /** @description Malformed request: bad JSON, unknown or unparsable query or path values (`error` says which). */
            400: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No token, or an expired, revoked or invalid one. */
            401: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            403: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflicts with the current state (`error` says how); nothing was changed. */
            409: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body's Content-Type is not one the request body lists. */
            415: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            422: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is unavailable; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After"?: string;
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    legacy_health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done: the result. */
            200: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthResponse"];
                };
            };
            /** @description Malformed request: bad JSON, unknown or unparsable query or path values (`error` says which). */
            400: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A value is out of range or not allowed (`error` is the stable code, `field` the input). */
            422: {
                headers: {
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description See `error` and `message` in the body. */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again. */
                    "Retry-After"?: string;
                    /** @description The request's id, as in the server's log (an incoming `X-Request-Id` is kept). */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthResponse"];
                };
            };
        };
    };
}
