package com.soegroup.accountability.shared;

import jakarta.ejb.Schedule;
import jakarta.ejb.Schedules;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every scheduled job of the EJB module follows the cluster's pattern (mail/package-info.java): a persistent timer
 * (one node of a cluster fires it, and it survives a restart), in China's time zone whatever the server's, in a
 * bean that claims its period through {@link JobRuns}, one schedule per bean. A job added without them fails here,
 * not in production.
 */
class ScheduledJobsTest {

    @Test
    void everyScheduleIsPersistentInChinaAndItsBeanClaimsItsPeriod() throws Exception {
        List<String> scheduled = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (Class<?> type : moduleClasses()) {
            int ofType = 0;
            for (Method method : type.getDeclaredMethods()) {
                List<Schedule> schedules = new ArrayList<>(Arrays.asList(method.getAnnotationsByType(Schedule.class)));
                Schedules several = method.getAnnotation(Schedules.class);
                if (several != null && schedules.isEmpty()) {
                    schedules.addAll(Arrays.asList(several.value()));
                }
                for (Schedule schedule : schedules) {
                    String name = type.getSimpleName() + "." + method.getName();
                    scheduled.add(name);
                    // a bean's timers are created in one batch at deployment: two nodes deploying at once may each
                    // lock one of them and wait for the other's (audit.AuditPartitions)
                    if (++ofType > 1) {
                        wrong.add(name + " is a second schedule of " + type.getSimpleName() + ": one per bean");
                    }
                    if (!schedule.persistent()) {
                        wrong.add(name + " is not persistent");
                    }
                    if (!"Asia/Shanghai".equals(schedule.timezone())) {
                        wrong.add(name + " runs in the zone '" + schedule.timezone() + "', not Asia/Shanghai");
                    }
                    if (Stream.of(type.getDeclaredFields()).map(Field::getType).noneMatch(JobRuns.class::equals)) {
                        wrong.add(name + " claims no period (no JobRuns)");
                    }
                }
            }
        }
        assertTrue(scheduled.containsAll(List.of("ClueReminderJob.daily", "MailDispatcher.dispatch", "TaskDigestJob.daily")), scheduled::toString);
        assertEquals(List.of(), wrong);
    }

    private static List<Class<?>> moduleClasses() throws Exception {
        Path classes = Path.of(Role.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                found.add(Class.forName(name, false, ScheduledJobsTest.class.getClassLoader()));
            }
        }
        return found;
    }
}
