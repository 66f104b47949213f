import Testing
import ZohoJSON
import ZohoLocking

/// Paging a list and the `info` object of a list GET.
struct PageInfoTests {
    let items = Array(1...5)

    @Test func paginate_firstPageHasMoreRecords() {
        let page = PageInfo.paginate(items, page: 1, perPage: 2)
        #expect(page.items == [1, 2])
        #expect(page.info == PageInfo(perPage: 2, count: 2, page: 1, moreRecords: true))
    }

    @Test func paginate_middlePage() {
        let page = PageInfo.paginate(items, page: 2, perPage: 2)
        #expect(page.items == [3, 4])
        #expect(page.info == PageInfo(perPage: 2, count: 2, page: 2, moreRecords: true))
    }

    @Test func paginate_partialLastPageHasNoMoreRecords() {
        let page = PageInfo.paginate(items, page: 3, perPage: 2)
        #expect(page.items == [5])
        #expect(page.info == PageInfo(perPage: 2, count: 1, page: 3, moreRecords: false))
    }

    @Test func paginate_fullLastPageHasNoMoreRecords() {
        let page = PageInfo.paginate(Array(1...4), page: 2, perPage: 2)
        #expect(page.items == [3, 4])
        #expect(page.info.moreRecords == false)
    }

    @Test func paginate_pagePastTheEndIsEmpty() {
        let page = PageInfo.paginate(items, page: 4, perPage: 2)
        #expect(page.items.isEmpty)
        #expect(page.info == PageInfo(perPage: 2, count: 0, page: 4, moreRecords: false))
    }

    @Test func paginate_pageFarPastTheEndIsEmpty() {
        let page = PageInfo.paginate(items, page: 1_000_000, perPage: 200)
        #expect(page.items.isEmpty)
        #expect(page.info.moreRecords == false)
    }

    @Test
    func paginate_hugePageNumberIsEmptyInsteadOfOverflowing() {
        let page = PageInfo.paginate(items, page: Int.max, perPage: 200)
        #expect(page.items.isEmpty)
        #expect(page.info == PageInfo(perPage: 200, count: 0, page: Int.max, moreRecords: false))
    }

    @Test func paginate_emptyListIsEmptyWithoutMoreRecords() {
        let page = PageInfo.paginate([Int](), page: 1, perPage: 200)
        #expect(page.items.isEmpty)
        #expect(page.info == PageInfo(perPage: 200, count: 0, page: 1, moreRecords: false))
    }

    @Test func paginate_onePageHoldsEverything() {
        let page = PageInfo.paginate(items, page: 1, perPage: 200)
        #expect(page.items == items)
        #expect(page.info == PageInfo(perPage: 200, count: 5, page: 1, moreRecords: false))
    }

    @Test func json_hasTheSevenDocumentedKeysInOrder() {
        let info = PageInfo(perPage: 200, count: 1, page: 1, moreRecords: false)
        #expect(
            JSONWriter.string(info.json)
                == #"{"per_page":200,"next_page_token":null,"count":1,"page":1,"previous_page_token":null,"page_token_expiry":null,"more_records":false}"#
        )
    }
}
