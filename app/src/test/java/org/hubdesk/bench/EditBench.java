package org.hubdesk.bench;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hubdesk.domain.members.Person;
import org.hubdesk.service.Services;

/**
 * One edit, durable: a person's phone number changed through the same service call the member
 * dialog makes (one transaction, committed to the H2 file, rolling backups on as in the app), on a
 * copy of the ten-year demo; against an anchor in the same folder and run: writing 4 KB and
 * forcing it to the disk (fsync). Runs alternate so both see the same load.
 *
 * <pre>
 * java -cp app/target/hubdesk.jar:app/target/test-classes org.hubdesk.bench.EditBench DATA_DIR [EDITS]
 * </pre>
 */
public final class EditBench {
    private EditBench() {
    }

    public static void main(String[] args) throws Exception {
        BenchSupport.Run run = BenchSupport.start(args, 200);
        List<Double> edit = new ArrayList<>();
        List<Double> fsync = new ArrayList<>();
        try (Services services = Services.open(run.data(), null);
             FileChannel anchor = FileChannel.open(run.data().resolve("fsync-anchor.bin"), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            List<Person> people = services.members().people();
            ByteBuffer page = ByteBuffer.allocate(4096);
            for (int i = -20; i < run.count(); i++) { // 20 to warm up
                Person p = people.get(Math.floorMod(i * 13, people.size()));
                Person changed = new Person(p.id(), p.fullName(), p.jobTitle(), p.agencyId(), p.email(),
                        String.format(Locale.ROOT, "01632 %06d", 900000 + Math.floorMod(i, 1000)));
                long t0 = System.nanoTime();
                services.members().updatePerson(changed);
                long t1 = System.nanoTime();
                page.clear();
                page.putInt(0, i);
                anchor.write(page, (long) Math.floorMod(i, 64) * 4096);
                anchor.force(true);
                long t2 = System.nanoTime();
                if (i >= 0) {
                    edit.add((t1 - t0) / 1e6);
                    fsync.add((t2 - t1) / 1e6);
                }
            }
        } finally {
            BenchSupport.deleteTree(run.data());
        }
        System.out.printf(Locale.ROOT, "load average %.1f, %d edits%n",
                BenchSupport.loadAverage(), run.count());
        System.out.println("| step | median | p95 | max |");
        System.out.printf(Locale.ROOT, "| one edit committed (updatePerson) | %s ms | %s ms | %s ms |%n", BenchSupport.ms(BenchSupport.median(edit)),
                BenchSupport.ms(BenchSupport.percentile(edit, 0.95)), BenchSupport.ms(BenchSupport.max(edit)));
        System.out.printf(Locale.ROOT, "| anchor: 4 KB written + fsync | %s ms | %s ms | %s ms |%n", BenchSupport.ms(BenchSupport.median(fsync)),
                BenchSupport.ms(BenchSupport.percentile(fsync, 0.95)), BenchSupport.ms(BenchSupport.max(fsync)));
        System.out.printf(Locale.ROOT, "ratio of medians: %.2fx%n", BenchSupport.median(edit) / BenchSupport.median(fsync));
    }
}
