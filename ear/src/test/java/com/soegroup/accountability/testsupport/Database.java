package com.soegroup.accountability.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** A JDBC connection to the application's database, as its own account, for tests that check what is stored. */
public final class Database {

    private Database() {
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(TestEnvironment.stack().postgres().jdbcUrl(Stack.DATABASE),
                "accountability", "accountability");
    }
}
