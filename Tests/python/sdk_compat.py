"""Drives the official Zoho CRM Python SDK (v7 or v8) against a running emulator.

Usage: python sdk_compat.py BASE_URL WORK_DIR

Only the SDK's environment URLs point elsewhere; every call is the SDK's own.
Each operation must come back as the SDK's success class: an APIException, an
SDKException or any other class fails the run (exit status 1).
"""
import logging
import os
import sys

from zohocrmsdk.src.com.zoho.api.authenticator.oauth_token import OAuthToken
from zohocrmsdk.src.com.zoho.api.authenticator.store import FileStore
from zohocrmsdk.src.com.zoho.api.logger import Logger
from zohocrmsdk.src.com.zoho.crm.api.dc.data_center import DataCenter
from zohocrmsdk.src.com.zoho.crm.api.initializer import Initializer
from zohocrmsdk.src.com.zoho.crm.api.parameter_map import ParameterMap
from zohocrmsdk.src.com.zoho.crm.api.sdk_config import SDKConfig
from zohocrmsdk.src.com.zoho.crm.api.util.choice import Choice
from zohocrmsdk.src.com.zoho.crm.api.fields import MinifiedField
from zohocrmsdk.src.com.zoho.crm.api import record_locking as locking
from zohocrmsdk.src.com.zoho.crm.api import record_locking_configuration as configuration
from zohocrmsdk.src.com.zoho.crm.api import change_owner as owners
from zohocrmsdk.src.com.zoho.crm.api import record as records

RECORD = 5843104000000425570  # an unlocked Leads record of the default seed
CONFIG_MODULE = "Accounts"  # has no configuration in the default seed
OWNER_RECORD = 5843104000000425574  # another unlocked Leads record
LOCKED_RECORD = 5843104000000425566  # locked; the seed's Leads configuration restricts change_owner
MARK_HENRY = 5843104000000424690  # a user of the seed's org
UPSERT_EMAIL = "capla-paprocki@noemail.invalid"  # an unlocked Leads record of the seed (5843104000000425578)
LOCKED_EMAIL = "theola-frey@noemail.invalid"  # the Email of LOCKED_RECORD


class Failure(Exception):
    pass


def describe(value):
    if value is None:
        return "None"
    if hasattr(value, "get_code") and hasattr(value, "get_message"):
        code, message = value.get_code(), value.get_message()
        return f"{type(value).__name__}({getattr(code, 'get_value', lambda: code)()}: {getattr(message, 'get_value', lambda: message)()})"
    return type(value).__name__


def expect(condition, message):
    if not condition:
        raise Failure(message)


def successes(response, wrapper, success, items, step):
    expect(response is not None, f"{step}: no response")
    body = response.get_object()
    expect(isinstance(body, wrapper), f"{step}: HTTP {response.get_status_code()} answered {describe(body)}")
    results = getattr(body, items)()
    expect(results, f"{step}: empty result list")
    for result in results:
        expect(isinstance(result, success), f"{step}: item is {describe(result)}")
    return results


def initialize(base_url, work_dir):
    environment = DataCenter.Environment(base_url, base_url + "/oauth/v2/token", base_url)
    token = OAuthToken(client_id="1000.CLIENT", client_secret="secret", refresh_token="1000.refresh.token")
    Initializer.initialize(
        environment=environment, token=token,
        store=FileStore(file_path=os.path.join(work_dir, "tokens.txt")),
        sdk_config=SDKConfig(auto_refresh_fields=False, pick_list_validation=False),
        resource_path=work_dir,
        logger=Logger.get_instance(level=Logger.Levels.INFO, file_path=os.path.join(work_dir, "sdk.log")))


def record_locking():
    operations = locking.RecordLockingOperations(RECORD, "Leads")

    body = locking.BodyWrapper()
    lock = locking.LockRecord()
    lock.set_locked_reason__s("deal in progress")
    body.set_data([lock])
    created = successes(operations.lock_records(body), locking.ActionWrapper, locking.SuccessResponse, "get_data", "lock")
    lock_id = int(created[0].get_details()["id"])
    print(f"locked: lock id {lock_id}")

    params = ParameterMap()
    params.add(locking.GetRecordLockingInformationsParam.fields, "Locked_Reason__s,Lock_Source__s,Locked_By__s,Locked_Time__s")
    listed = operations.get_record_locking_informations(params)
    expect(listed.get_status_code() == 200, f"get list: HTTP {listed.get_status_code()}")
    wrapper = listed.get_object()
    expect(isinstance(wrapper, locking.ResponseWrapper), f"get list: {describe(wrapper)}")
    entries = wrapper.get_data()
    expect(len(entries) == 1, f"get list: {len(entries)} entries")
    expect(entries[0].get_key_value("Locked_Reason__s") == "deal in progress", "get list: reason")
    expect(int(entries[0].get_id()) == lock_id, "get list: id")
    expect(wrapper.get_info().get_count() == 1, "get list: info.count")
    print(f"listed: {entries[0].get_key_value('Lock_Source__s').get_value()} lock, info.more_records={wrapper.get_info().get_more_records()}")

    one = operations.get_record_locking_information(lock_id)
    expect(isinstance(one.get_object(), locking.ResponseWrapper), f"get one: {describe(one.get_object())}")
    print(f"got one: locked at {one.get_object().get_data()[0].get_key_value('Locked_Time__s')}")

    update = locking.BodyWrapper()
    reason = locking.LockRecord()
    reason.set_locked_reason__s("deal info updated")
    update.set_data([reason])
    successes(operations.update_record_locking_information(lock_id, update), locking.ActionWrapper,
              locking.SuccessResponse, "get_data", "update")
    reread = operations.get_record_locking_information(lock_id).get_object().get_data()[0]
    expect(reread.get_key_value("Locked_Reason__s") == "deal info updated", "update: reason not changed")
    print("updated the reason")

    successes(operations.unlock_record(lock_id), locking.ActionWrapper, locking.SuccessResponse, "get_data", "unlock")
    after = operations.get_record_locking_informations(params)
    expect(after.get_status_code() == 204, f"after unlock: HTTP {after.get_status_code()}")
    print("unlocked; the list answers 204")


def configurations():
    operations = configuration.RecordLockingConfigurationOperations(CONFIG_MODULE)

    body = configuration.BodyWrapper()
    config = configuration.RecordLock()
    field = MinifiedField()
    field.set_api_name("Description")
    field.set_id(5843104000000002645)  # a 64-bit id the SDK sends as a JSON number
    config.set_excluded_fields([field])
    config.set_restricted_actions(["update", "delete"])
    config.set_lock_type(Choice("manual"))
    body.set_record_locking_configurations([config])
    created = successes(operations.add_record_locking_configuration(body), configuration.ActionWrapper,
                        configuration.SuccessResponse, "get_record_locking_configurations", "create configuration")
    config_id = int(created[0].get_details()["id"])
    print(f"created configuration {config_id}")

    listed = operations.get_record_locking_configurations()
    wrapper = listed.get_object()
    expect(isinstance(wrapper, configuration.ResponseWrapper), f"get configurations: {describe(wrapper)}")
    stored = wrapper.get_record_locking_configurations()[0]
    expect(int(stored.get_id()) == config_id, "get configurations: id")
    expect(stored.get_lock_type().get_value() == "manual", f"get configurations: lock_type {stored.get_lock_type()}")
    print(f"got it: created {stored.get_created_time()}, restricted {stored.get_restricted_actions()}")

    update = configuration.BodyWrapper()
    change = configuration.RecordLock()
    change.set_id(config_id)
    change.set_lock_type(Choice("both"))
    rule = configuration.LockingRules()
    rule.set_name("big accounts")
    rule.set_lock_existing_records(False)
    criteria = configuration.Criteria()
    criteria.set_comparator("greater_than")
    rule_field = configuration.Field()
    rule_field.set_api_name("Annual_Revenue")
    criteria.set_field(rule_field)
    criteria.set_value("1000000")
    rule.set_criteria(criteria)
    change.set_locking_rules([rule])
    update.set_record_locking_configurations([change])
    successes(operations.update_record_locking_configurations(update), configuration.ActionWrapper,
              configuration.SuccessResponse, "get_record_locking_configurations", "update configurations")
    single = configuration.BodyWrapper()
    again = configuration.RecordLock()
    again.set_lock_type(Choice("both"))
    again.set_lock_for_portal_users(False)
    single.set_record_locking_configurations([again])
    successes(operations.update_record_locking_configuration(config_id, single), configuration.ActionWrapper,
              configuration.SuccessResponse, "get_record_locking_configurations", "update configuration")
    stored = operations.get_record_locking_configurations().get_object().get_record_locking_configurations()[0]
    expect(stored.get_lock_type().get_value() == "both" and len(stored.get_locking_rules()) == 1, "update: not applied")
    print(f"updated: rule {stored.get_locking_rules()[0].get_name()!r}")

    successes(operations.delete_record_locking_configuration(config_id), configuration.ActionWrapper,
              configuration.SuccessResponse, "get_record_locking_configurations", "delete configuration")
    gone = operations.get_record_locking_configurations()
    expect(gone.get_status_code() == 204, f"after delete: HTTP {gone.get_status_code()}")
    print("deleted; the module answers 204")


def change_owner():
    operations = owners.ChangeOwnerOperations("Leads")
    owner = owners.Owner()
    owner.set_id(MARK_HENRY)
    related = owners.RelatedModules()
    related.set_api_name("Tasks")
    related.set_id(5843104000000900001)

    body = owners.BodyWrapper()
    body.set_owner(owner)
    body.set_notify(True)
    body.set_related_modules([related])
    changed = successes(operations.single_update(OWNER_RECORD, body), owners.ActionWrapper, owners.SuccessResponse,
                        "get_data", "change owner")
    expect(int(changed[0].get_details()["id"]) == OWNER_RECORD, f"change owner: details {changed[0].get_details()}")
    expect(changed[0].get_message().get_value() == "record updated", "change owner: message")
    print(f"changed the owner of {OWNER_RECORD}")

    mass = owners.MassWrapper()
    mass.set_ids([OWNER_RECORD, LOCKED_RECORD])
    mass.set_owner(owner)
    response = operations.mass_update(mass)
    expect(response.get_status_code() == 207, f"mass change owner: HTTP {response.get_status_code()}")
    wrapper = response.get_object()
    expect(isinstance(wrapper, owners.ActionWrapper), f"mass change owner: {describe(wrapper)}")
    done, refused = wrapper.get_data()
    expect(isinstance(done, owners.SuccessResponse), f"mass change owner: first item {describe(done)}")
    expect(isinstance(refused, owners.APIException), f"mass change owner: second item {describe(refused)}")
    expect(refused.get_code().get_value() == "RECORD_LOCKED", f"mass change owner: {describe(refused)}")
    expect(int(refused.get_details()["id"]) == LOCKED_RECORD, f"mass change owner: details {refused.get_details()}")
    print(f"mass change owner: 207, {refused.get_code().get_value()} for the locked record")


def upsert():
    """Upsert by duplicate check: a new Email is inserted, a known one updates its record,
    the locked record's Email is refused with RECORD_LOCKED (207 in all)."""
    operations = records.RecordOperations("Leads")

    def lead(last_name, email):
        record = records.Record()
        record.add_key_value("Last_Name", last_name)
        record.add_key_value("Email", email)
        return record

    body = records.BodyWrapper()
    body.set_data([lead("Upsert (SDK)", "upsert-sdk@noemail.invalid"), lead("Paprocki (SDK)", UPSERT_EMAIL),
                   lead("Frey (SDK)", LOCKED_EMAIL)])
    body.set_duplicate_check_fields(["Email"])
    body.set_trigger([])
    response = operations.upsert_records(body)
    expect(response.get_status_code() == 207, f"upsert: HTTP {response.get_status_code()}")
    wrapper = response.get_object()
    expect(isinstance(wrapper, records.ActionWrapper), f"upsert: {describe(wrapper)}")
    inserted, updated, refused = wrapper.get_data()
    for step, item, action, field in (("insert", inserted, "insert", None), ("update", updated, "update", "Email")):
        expect(isinstance(item, records.SuccessResponse), f"upsert {step}: {describe(item)}")
        expect(item.get_action().get_value() == action, f"upsert {step}: action {item.get_action().get_value()}")
        expect(item.get_duplicate_field() == field, f"upsert {step}: duplicate_field {item.get_duplicate_field()}")
    expect(int(updated.get_details()["id"]) == 5843104000000425578, f"upsert update: details {updated.get_details()}")
    expect(inserted.get_message().get_value() == "record added", "upsert insert: message")
    expect(isinstance(refused, records.APIException), f"upsert locked: {describe(refused)}")
    expect(refused.get_code().get_value() == "RECORD_LOCKED", f"upsert locked: {describe(refused)}")
    expect(int(refused.get_details()["id"]) == LOCKED_RECORD, f"upsert locked: details {refused.get_details()}")
    print(f"upsert: inserted {inserted.get_details()['id']}, updated {updated.get_details()['id']} by Email, "
          f"{refused.get_code().get_value()} for the locked record")


def mass_update():
    """Mass Update Records and its status: the locked Leads record is skipped and counted."""
    operations = records.RecordOperations("Leads")
    values = records.Record()
    values.add_key_value("Company", "Mass Update Co")
    body = records.MassUpdateBodyWrapper()
    body.set_data([values])
    body.set_ids([str(RECORD), str(OWNER_RECORD), str(LOCKED_RECORD)])
    response = operations.mass_update_records(body)
    expect(response.get_status_code() == 202, f"mass update: HTTP {response.get_status_code()}")
    scheduled = successes(response, records.MassUpdateActionWrapper, records.MassUpdateSuccessResponse,
                          "get_data", "mass update")
    expect(scheduled[0].get_message().get_value() == "Successfully scheduled", "mass update: message")
    job_id = scheduled[0].get_details().get("job_id")
    expect(job_id and str(job_id).isdigit(), f"mass update: details {scheduled[0].get_details()}")

    params = ParameterMap()
    params.add(records.GetMassUpdateStatusParam.job_id, str(job_id))
    status = successes(operations.get_mass_update_status(params), records.MassUpdateResponseWrapper,
                       records.MassUpdate, "get_data", "mass update status")[0]
    expect(status.get_status().get_value() == "COMPLETED", f"mass update status: {status.get_status().get_value()}")
    counts = (status.get_total_count(), status.get_updated_count(), status.get_not_updated_count(),
              status.get_failed_count())
    expect(counts == (3, 2, 1, 0), f"mass update status: total, updated, not updated, failed {counts}")
    print(f"mass update job {job_id}: COMPLETED, total/updated/not updated/failed {counts}")


def record_page(response, step):
    """The ResponseWrapper of a 200 record list or search, or a failure naming the step."""
    expect(response.get_status_code() == 200, f"{step}: HTTP {response.get_status_code()}")
    wrapper = response.get_object()
    expect(isinstance(wrapper, records.ResponseWrapper), f"{step}: {describe(wrapper)}")
    return wrapper


def record_reads():
    """Get Records and Search Records: how a client finds the locked Leads of the seed."""
    operations = records.RecordOperations("Leads")
    locked_ids = {5843104000000725170, 5843104000000425566}

    def page_of(number):
        params = ParameterMap()  # add() appends to a parameter given before, so one map per page
        params.add(records.GetRecordsParam.fields, "Last_Name,Locked__s")
        params.add(records.GetRecordsParam.per_page, 3)
        params.add(records.GetRecordsParam.page, number)
        params.add(records.GetRecordsParam.sort_by, "id")
        params.add(records.GetRecordsParam.sort_order, "asc")
        return operations.get_records(params)

    wrapper = record_page(page_of(1), "get records")
    page = wrapper.get_data()
    ids = [int(record.get_id()) for record in page]
    expect(ids == sorted(ids) and len(ids) == 3, f"get records: ids {ids}")
    expect(ids[0] == 5843104000000425566, f"get records: first id {ids[0]}")
    flags = {int(record.get_id()): record.get_key_value("Locked__s") for record in page}
    expect(all(flags[i] == (i in locked_ids) for i in ids), f"get records: Locked__s {flags}")
    info = wrapper.get_info()
    expect(info.get_more_records() is True and info.get_count() == 3, f"get records: info {describe(info)}")
    expect(info.get_next_page_token(), "get records: no next_page_token")
    second = record_page(page_of(2), "get records page 2")
    more = [int(record.get_id()) for record in second.get_data()]
    expect(len(more) == 2 and more[0] > ids[-1], f"get records page 2: ids {more}")
    expect(second.get_info().get_more_records() is False, "get records page 2: more_records")
    print(f"listed Leads over two pages: {ids + more}, Locked__s {flags}")

    search = ParameterMap()
    search.add(records.SearchRecordsParam.criteria, "(Locked__s:equals:true)")
    found = record_page(operations.search_records(search), "search locked")
    hits = {int(record.get_id()) for record in found.get_data()}
    expect(hits == locked_ids, f"search locked: ids {hits}")
    expect(all(record.get_key_value("Locked__s") is True for record in found.get_data()), "search locked: Locked__s")
    expect(found.get_info().get_more_records() is False, "search locked: more_records")

    word = ParameterMap()
    word.add(records.SearchRecordsParam.word, "Frey")
    by_word = record_page(operations.search_records(word), "search word")
    expect([int(record.get_id()) for record in by_word.get_data()] == [5843104000000425566], "search word: ids")
    print(f"searched: locked Leads {sorted(hits)}, word Frey found {by_word.get_data()[0].get_id()}")


def main():
    base_url, work_dir = sys.argv[1], sys.argv[2]
    logging.basicConfig(level=logging.WARNING)
    initialize(base_url, work_dir)
    try:
        record_reads()
        record_locking()
        configurations()
        change_owner()
        upsert()


        mass_update()
    except Failure as failure:
        print(f"FAILED: {failure}", file=sys.stderr)
        return 1
    print("SDK compatibility: all operations succeeded")
    return 0


if __name__ == "__main__":
    sys.exit(main())
