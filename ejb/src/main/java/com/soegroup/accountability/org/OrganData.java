package com.soegroup.accountability.org;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** An organ as entered: its name, when and by which document it was set up, host department, duties, staff, members. */
public record OrganData(String name, LocalDate establishedOn, String basis, String hostDepartment, String duties,
                        Integer staffCount, List<OrganMemberData> members) implements Serializable {
}
