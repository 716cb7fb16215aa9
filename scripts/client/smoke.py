# A day's work through the Python client that openapi-python-client generated from the served
# document (scripts/client.sh): every operation at least once, as the role that may call it.
# Exits 1 when an answer has an unexpected status, does not parse into its generated model,
# carries a key the document does not declare, or when an operation of the document was
# never called. Usage: python smoke.py BASE_URL OPENAPI_JSON
import importlib
import inspect
import json
import pkgutil
import sys
import time

import attrs
import portrait_client.api
from portrait_client import AuthenticatedClient, Client
from portrait_client.models import ErrorBody
from portrait_client.types import File

base, document = sys.argv[1], sys.argv[2]
failures: list[str] = []
called: set[str] = set()


def operation(name: str):
    """The generated module of an operation, by its operationId, whatever tag it is under."""
    for info in pkgutil.walk_packages(portrait_client.api.__path__, "portrait_client.api."):
        if not info.ispkg and info.name.rsplit(".", 1)[-1] == name:
            return importlib.import_module(info.name)
    raise SystemExit(f"the generated client has no operation {name}")


def undeclared(value, path: str) -> list[str]:
    """Keys the server sent that the model does not declare, anywhere in a parsed answer.
    A model that is only a map (declares no field) keeps its keys there by design."""
    found = []
    if isinstance(value, list):
        for i, item in enumerate(value):
            found += undeclared(item, f"{path}[{i}]")
    elif attrs.has(type(value)):
        fields = [f.name for f in attrs.fields(type(value)) if f.name != "additional_properties"]
        extra = getattr(value, "additional_properties", {})
        if fields and extra:
            found.append(f"{path}: {sorted(extra)}")
        for name in fields:
            found += undeclared(getattr(value, name), f"{path}.{name}")
    return found


def call(name: str, client, ok=(200,), **kwargs):
    """Calls an operation and insists on a documented success, parsed into a generated model
    (or text or bytes, for the CSV exports). Returns the parsed answer, or None after a failure."""
    called.add(name)
    try:
        reply = operation(name).sync_detailed(client=client, **kwargs)
    except Exception as e:  # a generated client that cannot even send or parse is a finding
        failures.append(f"{name}: {type(e).__name__}: {e}")
        return None
    parsed = reply.parsed
    body = reply.content[:300].decode(errors="replace")
    if reply.status_code not in ok:
        failures.append(f"{name}: status {int(reply.status_code)}, expected {ok}: {body}")
    elif parsed is None or isinstance(parsed, ErrorBody):
        failures.append(f"{name}: status {int(reply.status_code)} did not parse into its model: {body}")
    elif not (isinstance(parsed, (str, bytes, list)) or attrs.has(type(parsed))):
        failures.append(f"{name}: parsed into {type(parsed).__name__}, not a generated model")
    else:
        for problem in undeclared(parsed, name):
            failures.append(f"{name}: undocumented keys at {problem}")
        return parsed
    return None


def field(parsed, *keys):
    """A value of a parsed answer by its JSON keys (independent of the models' Python types)."""
    value = parsed.to_dict() if parsed is not None else {}
    for key in keys:
        value = value[key] if isinstance(value, dict) and key in value else None
    return value


def public(name: str):
    """A public operation must accept a client without a token (security: [])."""
    annotation = str(inspect.signature(operation(name).sync_detailed).parameters["client"].annotation)
    if "AuthenticatedClient" in annotation and "| Client" not in annotation and "Client |" not in annotation:
        failures.append(f"{name}: the generated function demands an authenticated client ({annotation})")


anonymous = Client(base_url=base, raise_on_unexpected_status=False)

for name in ("health", "live", "ready", "legacy_health", "login"):
    public(name)
for name in ("health", "live", "ready", "legacy_health"):
    call(name, anonymous)


def login(username: str, password: str):
    from portrait_client.models import LoginRequest

    reply = call("login", anonymous, body=LoginRequest.from_dict({"username": username, "password": password}))
    if reply is None:
        raise SystemExit("\n".join(failures + [f"cannot log in as {username}"]))
    return AuthenticatedClient(base_url=base, token=field(reply, "token"), raise_on_unexpected_status=False), field(reply, "user", "id")


call("about", anonymous)
admin, _ = login("admin", "admin123")
customer, customer_id = login("customer1", "123456")
manager, manager_id = login("manager1", "123456")
m = importlib.import_module("portrait_client.models")

# Someone new: registered anonymously (as the original system allows), then given a password
# by an admin, then logged in and out.
registered = call("register", anonymous, ok=(201,), body=m.RegisterRequest.from_dict({"username": "smoke.user", "password": "smoke-pass-1", "name": "Smoke"}))
newcomer_id = field(registered, "user", "id") or field(registered, "id")
call("register", admin, ok=(201,), body=m.RegisterRequest.from_dict({"username": "smoke.manager", "password": "smoke-pass-1", "role": "manager"}))

# The customer's own pages.
call("verify", customer)
tags = call("list_tags", customer)
needs, hobbies = (field(tags, "needs") or ["loan"]), (field(tags, "hobbies") or ["travel"])
call("get_customer_profile", customer, id=customer_id)
call("update_customer_profile", customer, id=customer_id,
     body=m.CustomerProfileUpdate.from_dict({"age": 41, "occupation": "engineer", "needs": needs[:2], "hobbies": hobbies[:2]}))
call("insights", customer, id=customer_id)

# The manager's own pages.
call("get_manager_profile", manager, id=manager_id)
call("update_manager_profile", manager, id=manager_id, body=m.ManagerProfileUpdate.from_dict({"capabilities": needs[:3], "hobbies": hobbies[:3]}))
call("manager_customers", manager, id=manager_id)
call("manager_stats", manager, id=manager_id)
call("list_customers", manager)
call("classification", manager)


def finished(run):
    """Follows a run (by its id) until it has left `running`."""
    run_id = field(run, "run_id") or field(run, "id")
    for _ in range(300):
        current = call("get_run", admin, id=run_id)
        if field(current, "status") != "running":
            return run_id, current
        time.sleep(0.2)
    failures.append(f"run {run_id} still running after 60 s")
    return run_id, None


# The admin's day: propose, look, commit; propose again and discard.
run_id, run = finished(call("auto_assign", admin, ok=(200, 202), body=m.AutoAssignRequest.from_dict({"dry_run": True})))
call("list_runs", admin)
call("run_changes", admin, id=run_id)
call("commit_run", admin, id=run_id)
second, _ = finished(call("auto_assign", admin, ok=(200, 202), body=m.AutoAssignRequest.from_dict({"dry_run": True, "rebalance": True})))
call("discard_run", admin, id=second)
call("segmentation", admin, ok=(200, 202), body=m.SegmentationRequest.from_dict({"k": 3}))
call("assignment_of", customer, id=customer_id)
call("candidates", admin, id=customer_id, limit=5)
# The relationship record: a call with a follow-up, the timeline, the due list, done; a contact request.
recorded = call("record_interaction", admin, ok=(201,), id=customer_id,
                body=m.NewInteractionRequest.from_dict({"kind": "call", "note": "smoke", "follow_up_at": int(time.time()) + 3600}))
call("customer_interactions", admin, id=customer_id)
call("follow_ups", admin)
if recorded is not None:
    call("complete_follow_up", admin, id=field(recorded, "interaction", "id"))
call("request_contact", customer, ok=(200, 201), body=m.ContactMeRequest.from_dict({"note": "smoke"}))
for name in ("dashboard", "stats", "personas", "scores", "projection", "capability_gaps", "list_managers", "audit_log"):
    call(name, admin)
call("trend", admin, limit=5)
call("manual_assign", admin, body=m.ManualAssignRequest.from_dict({"customer_id": customer_id, "manager_id": manager_id, "reason": "smoke test"}))
call("unassign", admin, body=m.UnassignRequest.from_dict({"customer_id": customer_id, "reason": "smoke test"}))
call("transfer", admin, ok=(200, 202), id=manager_id, body=m.TransferRequest.from_dict({"dry_run": True}))
# The organisation: a branch with a sub-branch, renamed, moved and closed.
units = call("list_units", admin)
root_id = next((u["id"] for u in (field(units, "units") or []) if u.get("parent_id") is None), None)
branch = call("create_unit", admin, ok=(201,), body=m.NewUnitRequest.from_dict({"code": "SMOKE-BR", "name": "烟台分行", "parent_id": root_id}))
sub = call("create_unit", admin, ok=(201,), body=m.NewUnitRequest.from_dict({"code": "SMOKE-SUB", "name": "芝罘支行", "parent_id": field(branch, "id")}))
call("update_unit", admin, id=field(sub, "id"), body=m.UnitUpdate.from_dict({"name": "芝罘区支行", "parent_id": root_id}))
call("close_unit", admin, id=field(sub, "id"))
# The staff directory: a manager for the new branch, listed, read and changed.
staffer = call("create_staff", admin, ok=(201,), body=m.NewStaffRequest.from_dict(
    {"username": "smoke.rm", "name": "赵六", "role": "manager", "unit_id": field(branch, "id"), "password": "smoke-pass-1", "grade": 2, "email": "zhao@bank.example"}))
call("list_staff", admin, search="smoke")
call("get_staff", admin, id=field(staffer, "id"))
call("update_staff", admin, id=field(staffer, "id"), body=m.StaffUpdate.from_dict({"grade": 3, "phone": "+86 535 1234567"}))
call("depart", admin, ok=(200, 202), id=field(staffer, "id"), body=m.DepartureRequest.from_dict({"status": "on_leave", "dry_run": True}))
call("add_tag", admin, ok=(201,), body=m.AddTagRequest.from_dict({"kind": "hobby", "name": "smoke_kite"}))
if newcomer_id is None:
    failures.append("register: the answer names no user id")
else:
    call("set_password", admin, id=newcomer_id, body=m.SetPasswordRequest.from_dict({"password": "smoke-pass-2"}))
    newcomer_client, _ = login("smoke.user", "smoke-pass-2")
    changed = call("change_password", newcomer_client, body=m.ChangePasswordRequest.from_dict({"current_password": "smoke-pass-2", "new_password": "smoke-pass-3"}))
    newcomer_client = AuthenticatedClient(base_url=base, token=field(changed, "token"), raise_on_unexpected_status=False)
    call("logout", newcomer_client)

# CSV in and out: the uploads take the file's bytes as the generator's File.
customers_csv = (
    "username,name,age,occupation,total_assets_cny,needs,hobbies\n"
    f"smoke.csv1,张三,35,\"工程师, 高级\",1250000.50,{';'.join(needs[:2])},{';'.join(hobbies[:2])}\n"
    "smoke.csv2,李四,,,0,,\n"
)
managers_csv = f"username,name,capabilities,hobbies,capacity\nsmoke.csvm,王五,{';'.join(needs[:2])},{hobbies[0]},20\n"
imports = []
for name, text in (("import_customers", customers_csv), ("import_managers", managers_csv)):
    # Whatever the generated function says it takes: a File when the document declares a binary
    # body, else the text (which the generator's code for raw bodies cannot send).
    annotation = str(inspect.signature(operation(name).sync_detailed).parameters["body"].annotation)
    upload = File(payload=text.encode(), file_name=f"{name}.csv", mime_type="text/csv") if "File" in annotation else text
    if "File" not in annotation:
        failures.append(f"{name}: the generated function takes `body: {annotation}`, not a File: the upload's schema needs `format: binary`")
    job = call(name, admin, ok=(200, 202), body=upload)
    if job is not None:
        imports.append(field(job, "id"))
        if field(job, "status") == "failed":
            failures.append(f"{name}: the import failed: {json.dumps(job.to_dict(), ensure_ascii=False)[:400]}")
call("list_imports", admin)
for import_id in imports:
    for _ in range(300):
        job = call("get_import", admin, id=import_id)
        if field(job, "status") != "running":
            break
        time.sleep(0.2)
    if field(job, "status") != "committed" or field(job, "report", "problem_count"):
        failures.append(f"get_import: import {import_id} did not commit every row: {json.dumps(job.to_dict() if job else None, ensure_ascii=False)[:400]}")
for name in ("export_customers", "export_managers", "export_assignments"):
    text = call(name, admin)
    text = text.decode() if isinstance(text, bytes) else text
    if isinstance(text, str) and not text.startswith(("\ufeffusername", "username", "customer_username", "\ufeffcustomer_username")):
        failures.append(f"{name}: not the documented CSV: {text[:120]!r}")

with open(document) as f:
    spec = json.load(f)
documented = {op["operationId"] for item in spec["paths"].values() for op in item.values() if isinstance(op, dict) and "operationId" in op}
for name in sorted(documented - called):
    failures.append(f"{name}: documented but never called by the smoke program")

if failures:
    print("generated client: %d problem(s)" % len(failures))
    print("\n".join("  " + f for f in failures))
    sys.exit(1)
print(f"generated client: all {len(documented)} operations answered as documented")
